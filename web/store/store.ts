import { create } from 'zustand';
import { applyEdit, pathAt, type Edit } from '@podsmith/manifest';
import type { Finding, K8sVersion } from '@podsmith/lint';
import exampleText from '../examples/log-collector.yaml?raw';
import { derive, type Derived } from './derive';
import { findingSelection, lintState, podIndexOf, type LintSetup } from './findings';
import { DEFAULT_K8S_VERSION, SUPPORTED_K8S_VERSIONS, type Linter } from './linter';
import { createAutosave, loadSavedText, loadSavedVersion, saveVersion } from './persistence';
import { followSelection, type Selection } from './selection';
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
  /**
   * A request for the editor to show this offset (or select up to `to`), and to take the
   * focus when `focus` is set. `seq` makes a repeat request a change.
   */
  readonly reveal: { readonly offset: number; readonly to?: number; readonly focus: boolean; readonly seq: number } | undefined;
  /** The Kubernetes version the linter targets (the toolbar's picker; saved with the text). */
  readonly k8sVersion: K8sVersion;
  /** The lint package, once it has loaded (it is not part of the first load). */
  readonly linter: Linter | undefined;

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
  /** The target version changed: lint again, and save it. */
  setK8sVersion(version: K8sVersion): void;
  /** The lint package has loaded (web/main.tsx asks for it): lint what is there. */
  setLinter(linter: Linter): void;
  /** A finding was clicked: show its pod, select what it is about, and select its range in the editor. */
  showFinding(finding: Finding): void;
  /** Apply a finding's quick fix as one Edit. Returns false (and sets `notice`) when refused. */
  applyFix(finding: Finding): boolean;
}

const initialText = loadSavedText() ?? EXAMPLE_TEXT;
const autosave = createAutosave(300);
const initialVersion = loadSavedVersion(SUPPORTED_K8S_VERSIONS) ?? DEFAULT_K8S_VERSION;

const setupOf = (state: Pick<PodsmithState, 'k8sVersion' | 'linter'>): LintSetup => ({ k8sVersion: state.k8sVersion, linter: state.linter });

export const usePodsmith = create<PodsmithState>()((set, get) => ({
  text: initialText,
  ...derive(initialText, undefined, { k8sVersion: initialVersion, linter: undefined }),
  selection: undefined,
  notice: undefined,
  message: undefined,
  selectionOrigin: undefined,
  reveal: undefined,
  k8sVersion: initialVersion,
  linter: undefined,

  setText(text) {
    const state = get();
    if (text === state.text) return;
    const message = state.message?.tone === 'info' ? undefined : state.message;
    const derived = derive(text, state, setupOf(state));
    set({ text, ...derived, selection: followSelection(state.pod, derived.pod, state.selection), notice: undefined, message });
    autosave.save(text);
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
    const state = get();
    set({ ...derive(state.text, state, setupOf(state), index), selection: undefined });
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
    set({ reveal: { offset, focus: true, seq: (get().reveal?.seq ?? 0) + 1 } });
  },

  setK8sVersion(k8sVersion) {
    const state = get();
    if (k8sVersion === state.k8sVersion) return;
    set({ k8sVersion, ...lintState(state.lastGood, { k8sVersion, linter: state.linter }, state) });
    saveVersion(k8sVersion);
  },

  setLinter(linter) {
    const state = get();
    set({ linter, ...lintState(state.lastGood, { k8sVersion: state.k8sVersion, linter }, state) });
  },

  showFinding(finding) {
    const state = get();
    const index = finding.pod ? podIndexOf(state.lastGood, finding.pod) : -1;
    // A finding about another pod of the file brings that pod onto the diagram.
    const moved = index >= 0 && index !== state.podIndex ? derive(state.text, state, setupOf(state), index) : undefined;
    const pod = moved ? moved.pod : state.pod;
    // While the text is broken, the finding's offsets are into the last good text, not the editor's.
    const range = finding.range && !state.stale ? finding.range : undefined;
    set({
      ...moved,
      selection: pod ? findingSelection(finding, pod) : undefined,
      selectionOrigin: undefined,
      reveal: range ? { offset: range.from, to: range.to, focus: false, seq: (state.reveal?.seq ?? 0) + 1 } : state.reveal,
    });
  },

  applyFix(finding) {
    const state = get();
    const edit = state.linter?.quickFix(finding, state.lastGood, { k8sVersion: state.k8sVersion });
    if (!edit) {
      set({ notice: 'This finding has no quick fix.' });
      return false;
    }
    return state.dispatch(edit);
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
  const derived = derive(text, undefined, setupOf(usePodsmith.getState()), 0);
  usePodsmith.setState({ text, ...derived, selection: undefined, selectionOrigin: undefined, notice: undefined, message: describeImport(derived.parsed, name) });
  autosave.save(text);
  return true;
}
