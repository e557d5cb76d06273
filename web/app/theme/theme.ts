/**
 * The colour theme: what the user picked (System, Light or Dark) and what that resolves
 * to. Plain data in, data out; web/app/theme/useTheme.ts applies it to the page.
 */

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];
export type Theme = 'light' | 'dark';

/** The toolbar's colour in each theme: the `theme-color` metas and the web app manifest (light). */
export const THEME_COLOR: Readonly<Record<Theme, string>> = { light: '#f9fafb', dark: '#1b2433' };

/** The saved preference, or System for anything else (nothing saved, an old or edited value). */
export function preferenceFrom(saved: string | undefined): ThemePreference {
  return THEME_PREFERENCES.find((p) => p === saved) ?? 'system';
}

export function resolveTheme(preference: ThemePreference, systemDark: boolean): Theme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** Monaco's dark theme: its own `vs-dark`, with comments light enough for AA (web/editor/monaco.ts defines it). */
export const MONACO_DARK_THEME = 'podsmith-dark';

/** Monaco's theme for ours: its built-in `vs`, or `vs-dark` as amended. */
export function monacoThemeOf(theme: Theme): 'vs' | typeof MONACO_DARK_THEME {
  return theme === 'dark' ? MONACO_DARK_THEME : 'vs';
}

/**
 * The content of the two `theme-color` metas (index.html: one for a light system, one
 * for a dark one). Following the system, each gives its own theme's colour; a theme
 * picked by hand gives that theme's colour to both, whatever the system says.
 */
export function themeColorsFor(preference: ThemePreference): Readonly<Record<Theme, string>> {
  if (preference === 'system') return THEME_COLOR;
  return { light: THEME_COLOR[preference], dark: THEME_COLOR[preference] };
}
