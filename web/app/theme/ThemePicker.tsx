import { useTheme } from './useTheme';
import { THEME_PREFERENCES, type ThemePreference } from './theme';

const LABEL: Readonly<Record<ThemePreference, string>> = { system: 'System', light: 'Light', dark: 'Dark' };

/** System, Light or Dark: a radio group (arrows move between the three, the choice is announced). */
export function ThemePicker() {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  return (
    <div className="theme-picker" role="radiogroup" aria-label="Colour theme">
      <span className="theme-picker__label" aria-hidden="true">
        Theme
      </span>
      {THEME_PREFERENCES.map((option) => (
        <label key={option} className="theme-picker__option">
          <input type="radio" name="podsmith-theme" value={option} checked={preference === option} onChange={() => setPreference(option)} />
          {LABEL[option]}
        </label>
      ))}
    </div>
  );
}
