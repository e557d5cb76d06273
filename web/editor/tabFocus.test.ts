import { describe, expect, it } from 'vitest';
import { armedAfter } from './tabFocus';

const after = (keys: string[]) => keys.reduce(armedAfter, false);

describe('Escape then Tab leaves the editor', () => {
  it('Escape arms the next Tab, with or without Shift', () => {
    expect(after(['Escape'])).toBe(true);
    expect(after(['Escape', 'Shift'])).toBe(true);
  });

  it('Tab alone, or after typing, indents', () => {
    expect(after([])).toBe(false);
    expect(after(['a', 'Tab'])).toBe(false);
    expect(after(['Escape', 'a'])).toBe(false);
    expect(after(['Escape', 'Enter'])).toBe(false);
  });

  it('stays armed through Tab itself, so Shift+Tab right after comes back out the same way', () => {
    expect(after(['Escape', 'Tab'])).toBe(true);
    expect(after(['Escape', 'Control'])).toBe(true);
  });
});
