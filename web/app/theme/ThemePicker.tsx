import { useTheme } from './useTheme';
import { THEME_PREFERENCES, type ThemePreference } from './theme';
import { ToolbarSelect } from '../ToolbarSelect';

const LABEL: Readonly<Record<ThemePreference, string>> = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' };
const CHOICES = THEME_PREFERENCES.map((value) => ({ value, label: LABEL[value] }));

/** System, Light or Dark: a select whose choices name themselves, as narrow as a button in the toolbar's row. */
export function ThemePicker() {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  return <ToolbarSelect<ThemePreference> label="Theme" hideLabel value={preference} choices={CHOICES} onChange={setPreference} />;
}
