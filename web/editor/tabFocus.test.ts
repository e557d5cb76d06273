import { describe, expect, it } from 'vitest';
import { armedAfter, tabMovesFocus } from './tabFocus';

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

  it('a lone modifier or Tab itself keeps it armed', () => {
    expect(after(['Escape', 'Tab'])).toBe(true);
    expect(after(['Escape', 'Control'])).toBe(true);
  });

  it("Ctrl+M's mode moves the focus whether armed or not", () => {
    expect(tabMovesFocus({ sticky: true, armed: false })).toBe(true);
    expect(tabMovesFocus({ sticky: false, armed: true })).toBe(true);
    expect(tabMovesFocus({ sticky: false, armed: false })).toBe(false);
  });
});
