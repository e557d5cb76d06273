import { describe, expect, it } from 'vitest';
import { isDeleteKey, isMountKey, isMoveKey } from '../diagram/keyboard';
import { historyKey } from '../editor/history';
import { armedAfter } from '../editor/tabFocus';
import { keyedSize } from '../app/panes/paneSizes';
import { tabAfterKey } from '../app/tabs';
import { stepAfterKey } from '../timeline/steps';
import { isHelpKey, SHORTCUTS } from './shortcuts';

/** `Ctrl+Shift+Z` as the key event a browser sends. */
function eventOf(combo: string) {
  const parts = combo.split('+');
  const key = parts.at(-1)!;
  return { key: key.length === 1 ? key.toLowerCase() : key, ctrlKey: parts.includes('Ctrl'), shiftKey: parts.includes('Shift'), altKey: false, metaKey: false };
}

function group(where: string) {
  const found = SHORTCUTS.find((g) => g.where.startsWith(where));
  if (!found) throw new Error(`no group ${where}`);
  return found.shortcuts;
}

describe('the shortcut list says what the handlers do', () => {
  it('anywhere: ? is help, Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo', () => {
    const [help, undo, redo] = group('Anywhere');
    expect(isHelpKey({ key: help!.keys[0]!, ctrlKey: false, metaKey: false, altKey: false })).toBe(true);
    expect(undo!.keys.map((k) => historyKey(eventOf(k)))).toEqual(['undo']);
    expect(redo!.keys.map((k) => historyKey(eventOf(k)))).toEqual(['redo', 'redo']);
    expect(isHelpKey({ key: '?', ctrlKey: true, metaKey: false, altKey: false })).toBe(false);
  });

  it('the diagram: every listed key moves, mounts or deletes', () => {
    const keys = group('Diagram').flatMap((s) => s.keys);
    expect(keys.filter((k) => !(isMoveKey(k) || isMountKey(k) || isDeleteKey(k)))).toEqual([]);
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Delete', 'Backspace', 'M'].every((k) => keys.includes(k))).toBe(true);
  });

  it('the tabs under the diagram and the timeline chart: every listed key moves', () => {
    const tabKeys = group('Findings and Timeline tabs').flatMap((s) => s.keys);
    expect(tabKeys.filter((k) => tabAfterKey(['findings', 'timeline'], 'findings', k) === undefined)).toEqual([]);
    const chartKeys = group('Timeline chart').flatMap((s) => s.keys);
    expect(chartKeys.filter((k) => stepAfterKey(k, 1, 3) === undefined)).toEqual([]);
  });

  it('the dividers: every listed key resizes', () => {
    const keys = group('Pane dividers').flatMap((s) => s.keys);
    // The palette's divider moves left and right, the findings' up and down.
    expect(keys.filter((k) => keyedSize('palette', 200, k, false) === undefined && keyedSize('findings', 200, k, false) === undefined)).toEqual([]);
  });

  it('the editor: every listed sequence ending in Tab has Tab move the focus', () => {
    const sequences = group('YAML editor')
      .flatMap((s) => s.keys)
      .filter((k) => k.includes(' '));
    expect(sequences.length).toBeGreaterThan(0);
    for (const sequence of sequences) {
      // The keys the browser reports for it: `Escape Shift+Tab` is Escape, Shift, Tab.
      const keys = sequence.split(' ').flatMap((combo) => combo.split('+'));
      const armedAtTab = keys.slice(0, -1).reduce(armedAfter, false);
      expect(keys.at(-1), sequence).toBe('Tab');
      expect(armedAtTab, sequence).toBe(true);
    }
  });

    it('every group has a place and every shortcut keys and words', () => {
    for (const { where, shortcuts } of SHORTCUTS) {
      expect(where).not.toBe('');
      for (const s of shortcuts) expect(s.keys.length > 0 && s.does !== '').toBe(true);
    }
  });
});
