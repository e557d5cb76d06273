import { describe, expect, it } from 'vitest';
import { historyKey, registerHistory, whenHistoryReady, type EditorHistory } from './history';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('undo and redo keys', () => {
  it('are Ctrl+Z (Cmd+Z on a Mac) for undo, Ctrl+Shift+Z and Ctrl+Y for redo, whatever the case of the letter', () => {
    expect(historyKey(key('z', { ctrl: true }))).toBe('undo');
    expect(historyKey(key('z', { meta: true }))).toBe('undo');
    expect(historyKey(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(historyKey(key('y', { ctrl: true }))).toBe('redo');
  });

  it('are nothing else: no modifier, Alt, Ctrl+Shift+Y, another letter', () => {
    expect(historyKey(key('z'))).toBeUndefined();
    expect(historyKey(key('z', { ctrl: true, alt: true }))).toBeUndefined();
    expect(historyKey(key('y', { ctrl: true, shift: true }))).toBeUndefined();
    expect(historyKey(key('s', { ctrl: true }))).toBeUndefined();
  });
});

describe('whenHistoryReady', () => {
  const fake = (): EditorHistory => ({ undo() {}, redo() {}, canUndo: () => false, canRedo: () => false, subscribe: () => () => {} });

  it('waits for the editor to register its history, then resolves at once while it is there', async () => {
    let ready = false;
    const waiting = whenHistoryReady().then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    const unregister = registerHistory(fake());
    await waiting;
    expect(ready).toBe(true);
    await expect(whenHistoryReady()).resolves.toBeUndefined();
    unregister();
  });
});
