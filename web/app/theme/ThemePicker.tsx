import { useId } from 'react';
import { useTheme } from './useTheme';
import { THEME_PREFERENCES, type ThemePreference } from './theme';

const LABEL: Readonly<Record<ThemePreference, string>> = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' };

/** System, Light or Dark: a native select whose options name themselves, as narrow as a button in the toolbar's row. */
export function ThemePicker() {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  const id = useId();
  return (
    <div className="theme-picker">
      <label htmlFor={id} className="visually-hidden">
        Theme
      </label>
      <select id={id} value={preference} onChange={(event) => setPreference(event.target.value as ThemePreference)}>
        {THEME_PREFERENCES.map((option) => (
          <option key={option} value={option}>
            {LABEL[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
