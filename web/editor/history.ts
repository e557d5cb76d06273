/**
 * The editor's undo history, offered to the rest of the app. Monaco keeps it, and every
 * diagram, inspector and quick-fix edit reaches the text as one undoable edit of Monaco's
 * model (sync.ts), so there is one history: Ctrl+Z undoes the last change wherever the
 * focus is, and the toolbar's Undo and Redo do the same. Nothing to undo until the editor
 * (a lazy chunk) has loaded.
 */
import { useSyncExternalStore } from 'react';

/** What the mounted editor offers (Editor.tsx registers it). */
export interface EditorHistory {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Calls `listener` after every change that may change canUndo or canRedo; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

let history: EditorHistory | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Called once the editor is mounted; returns the unregister function. */
export function registerHistory(offered: EditorHistory): () => void {
  history = offered;
  const unsubscribe = offered.subscribe(notify);
  notify();
  return () => {
    unsubscribe();
    if (history === offered) history = undefined;
    notify();
  };
}

/**
 * Resolves once the editor's history exists. A text loaded before then would become the
 * editor's first text, with nothing to undo back to: whatever replaces the user's text
 * waits for it.
 */
export function whenHistoryReady(): Promise<void> {
  if (history) return Promise.resolve();
  return new Promise((resolve) => {
    const ready = () => {
      if (!history) return;
      listeners.delete(ready);
      resolve();
    };
    listeners.add(ready);
  });
}

export function undo(): void {
  history?.undo();
}

export function redo(): void {
  history?.redo();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `undo|redo`, each `1` when possible: a string, so React sees a change only when one of them flips. */
function snapshot(): string {
  return `${history?.canUndo() ? 1 : 0}|${history?.canRedo() ? 1 : 0}`;
}

/** Whether Undo and Redo can do anything now (for the toolbar's buttons). */
export function useHistoryState(): { readonly canUndo: boolean; readonly canRedo: boolean } {
  const [canUndo, canRedo] = useSyncExternalStore(subscribe, snapshot).split('|');
  return { canUndo: canUndo === '1', canRedo: canRedo === '1' };
}

/** Ctrl+Z (Cmd+Z) is undo; Ctrl+Shift+Z and Ctrl+Y are redo. */
export function historyKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}
