import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tabs';

describe('tabAfterKey', () => {
  const tabs = ['findings', 'timeline'] as const;

  it('moves with the arrows, wrapping around, and to the ends with Home and End', () => {
    expect(tabAfterKey(tabs, 'findings', 'ArrowRight')).toBe('timeline');
    expect(tabAfterKey(tabs, 'timeline', 'ArrowRight')).toBe('findings');
    expect(tabAfterKey(tabs, 'findings', 'ArrowLeft')).toBe('timeline');
    expect(tabAfterKey(tabs, 'timeline', 'Home')).toBe('findings');
    expect(tabAfterKey(tabs, 'findings', 'End')).toBe('timeline');
  });

  it('ignores other keys', () => {
    expect(tabAfterKey(tabs, 'findings', 'Enter')).toBeUndefined();
    expect(tabAfterKey(tabs, 'findings', 'ArrowDown')).toBeUndefined();
  });
});
