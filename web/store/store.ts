import { create } from 'zustand';
import { applyEdit, pathAt, type Edit } from '@podsmith/manifest';
import exampleText from '../examples/log-collector.yaml?raw';
import { derive, type Derived } from './derive';
import { loadSavedText, saveText } from './persistence';
import type { Selection } from './selection';
import { selectionAtPath, sameSelection } from './cursor';
import { checkImportText, decodeManifestFile, describeImport, type AppMessage, type ImportCheck } from './importing';

export const EXAMPLE_TEXT: string = exampleText;

export interface PodsmithState extends Derived {
  /** The manifest text: the single source of truth. */
  readonly text: string;
  readonly selection: Selection | undefined;
  /** Why the last diagram edit was refused, shown until the next change. */
  readonly notice: string | undefined;
  /** What the last import or file action did (or why it was refused); shown under the toolbar. */
  readonly message: AppMessage | undefined;
  /** 'editor' when the selection follows the editor's cursor (the editor then does not reveal it again). */
  readonly selectionOrigin: 'editor' | undefined;
  /** A request for the editor to show and focus this offset (`seq` makes a repeat request a change). */
  readonly reveal: { readonly offset: number; readonly seq: number } | undefined;

  /** The editor, an import or "New" replaced the text. */
  setText(text: string): void;
  /** A diagram, inspector, palette or quick-fix edit. Returns false (and sets `notice`) when refused. */
  dispatch(edit: Edit): boolean;
  select(selection: Selection | undefined): void;
  selectPod(index: number): void;
  dismissNotice(): void;

  /**
   * Open, drop, Paste and the test hook: replace the whole text after the import checks
   * (NUL bytes, over 5 MB). A refused import keeps the current text. Returns whether it loaded.
   */
  importText(text: string, name?: string): boolean;
  /** The same for a file's bytes (UTF-8 only; a byte order mark is kept). */
  importBytes(bytes: Uint8Array, name: string): boolean;
  /** "New": back to the example. */
  resetToExample(): void;
  showMessage(message: AppMessage | undefined): void;
  /** The editor's cursor moved (by the user) to this offset of the text: select what is there. */
  selectAtOffset(offset: number): void;
  /** "Go to the error": ask the editor to move its cursor to this offset and focus. */
  revealOffset(offset: number): void;
}

const initialText = loadSavedText() ?? EXAMPLE_TEXT;

export const usePodsmith = create<PodsmithState>()((set, get) => ({
  text: initialText,
  ...derive(initialText, undefined),
  selection: undefined,
  notice: undefined,
  message: undefined,
  selectionOrigin: undefined,
  reveal: undefined,

  setText(text) {
    if (text === get().text) return;
    const message = get().message?.tone === 'info' ? undefined : get().message;
    set({ text, ...derive(text, get()), notice: undefined, message });
    saveText(text);
  },

  dispatch(edit) {
    const state = get();
    if (state.stale) {
      set({ notice: 'The YAML has errors: fix them in the editor before editing the diagram.' });
      return false;
    }
    const result = applyEdit(state.text, edit);
    if (!result.ok) {
      set({ notice: result.error });
      return false;
    }
    state.setText(result.text);
    return true;
  },

  select(selection) {
    set({ selection, selectionOrigin: undefined });
  },

  selectPod(index) {
    set({ ...derive(get().text, get(), index), selection: undefined });
  },

  dismissNotice() {
    set({ notice: undefined });
  },

  importText(text, name) {
    return load(checkImportText(text, name), name);
  },

  importBytes(bytes, name) {
    return load(decodeManifestFile(bytes, name), name);
  },

  resetToExample() {
    load({ ok: true, text: EXAMPLE_TEXT }, undefined);
    set({ message: { tone: 'info', text: 'Back to the example pod. Undo in the editor (Ctrl+Z) brings your text back.' } });
  },

  showMessage(message) {
    set({ message });
  },

  selectAtOffset(offset) {
    const state = get();
    if (state.stale || state.parsed !== state.lastGood) return;
    const at = pathAt(state.parsed, offset);
    const selection = at ? selectionAtPath(state.pod, at.documentIndex, at.path) : undefined;
    if (!selection || sameSelection(selection, state.selection)) return;
    set({ selection, selectionOrigin: 'editor' });
  },

  revealOffset(offset) {
    set({ reveal: { offset, seq: (get().reveal?.seq ?? 0) + 1 } });
  },
}));

/** Load a checked import into the store: the first pod, no selection, a message saying what happened. */
function load(check: ImportCheck, name: string | undefined): boolean {
  if (!check.ok) {
    usePodsmith.setState({ message: check.message });
    return false;
  }
  const { text } = check;
  // A new file starts afresh: a broken import must not show the previous file's diagram.
  const derived = derive(text, undefined, 0);
  usePodsmith.setState({ text, ...derived, selection: undefined, selectionOrigin: undefined, notice: undefined, message: describeImport(derived.parsed, name) });
  saveText(text);
  return true;
}
