/**
 * The theme as app state: the user's preference (saved), the system's, and what they
 * resolve to, applied to the page as `data-theme` on <html> (the CSS variables in
 * theme.css follow it), `color-scheme` (form controls, scrollbars) and the `theme-color`
 * metas. Applied when this module loads, before the first render, so a reload in dark
 * mode never flashes light.
 */
import { create } from 'zustand';
import { loadSavedTheme, saveTheme } from '../../store/persistence';
import { preferenceFrom, resolveTheme, themeColorsFor, type Theme, type ThemePreference } from './theme';

interface ThemeState {
  readonly preference: ThemePreference;
  readonly theme: Theme;
  setPreference(preference: ThemePreference): void;
}

const systemQuery = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
const systemDark = () => systemQuery?.matches ?? false;

function applyToPage(preference: ThemePreference, theme: Theme): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
  const colors = themeColorsFor(preference);
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    meta.content = meta.media.includes('dark') ? colors.dark : colors.light;
  }
}

const initialPreference = preferenceFrom(loadSavedTheme());

export const useTheme = create<ThemeState>()((set) => ({
  preference: initialPreference,
  theme: resolveTheme(initialPreference, systemDark()),
  setPreference(preference) {
    saveTheme(preference);
    set({ preference, theme: resolveTheme(preference, systemDark()) });
  },
}));

useTheme.subscribe(({ preference, theme }) => applyToPage(preference, theme));
applyToPage(useTheme.getState().preference, useTheme.getState().theme);

systemQuery?.addEventListener('change', () => {
  const { preference } = useTheme.getState();
  useTheme.setState({ theme: resolveTheme(preference, systemDark()) });
});
