import { describe, expect, it } from 'vitest';
import { MONACO_DARK_THEME, monacoThemeOf, preferenceFrom, resolveTheme, THEME_COLOR, themeColorsFor } from './theme';

describe('the colour theme', () => {
  it('reads a saved preference, and anything else as System', () => {
    expect(preferenceFrom('dark')).toBe('dark');
    expect(preferenceFrom('light')).toBe('light');
    expect(preferenceFrom('system')).toBe('system');
    expect(preferenceFrom(undefined)).toBe('system');
    expect(preferenceFrom('Dark')).toBe('system');
    expect(preferenceFrom('__proto__')).toBe('system');
  });

  it('System follows the system; Light and Dark do not', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('switches Monaco between its light theme and the amended dark one', () => {
    expect(monacoThemeOf('light')).toBe('vs');
    expect(monacoThemeOf('dark')).toBe(MONACO_DARK_THEME);
  });

  it('gives each theme-color meta its theme, or both the one picked by hand', () => {
    expect(themeColorsFor('system')).toEqual({ light: THEME_COLOR.light, dark: THEME_COLOR.dark });
    expect(themeColorsFor('dark')).toEqual({ light: THEME_COLOR.dark, dark: THEME_COLOR.dark });
    expect(themeColorsFor('light')).toEqual({ light: THEME_COLOR.light, dark: THEME_COLOR.light });
    expect(THEME_COLOR.light).not.toBe(THEME_COLOR.dark);
  });
});
