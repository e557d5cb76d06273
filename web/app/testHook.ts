/**
 * The test and import hook: `window.__podsmith`. Playwright specs (and anyone scripting
 * the app from the console) read and replace the manifest through it.
 *
 * - `getText()`: the store's text, which Download saves byte for byte.
 * - `setText(text)`: replace the manifest through the same path as Paste and Open
 *   (the import checks, a message, the first pod). Returns whether it was loaded.
 * - `getEditorText()`: Monaco's model text, or undefined before the editor has loaded.
 *
 * It is installed by web/main.tsx, in the app only; no package depends on it.
 */
import { usePodsmith } from '../store/store';

export interface PodsmithHook {
  getText(): string;
  setText(text: string): boolean;
  getEditorText(): string | undefined;
}

declare global {
  interface Window {
    __podsmith?: PodsmithHook;
  }
}

let editorText: (() => string | undefined) | undefined;

/** Called by the editor once it is mounted; returns the unregister function. */
export function registerEditorText(read: () => string | undefined): () => void {
  editorText = read;
  return () => {
    if (editorText === read) editorText = undefined;
  };
}

export function installTestHook(target: Window = window): void {
  target.__podsmith = {
    getText: () => usePodsmith.getState().text,
    setText: (text: string) => usePodsmith.getState().importText(String(text)),
    getEditorText: () => editorText?.(),
  };
}
