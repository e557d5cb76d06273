import { create } from 'zustand';
import { applyEdit, diffText, pathAt, type Edit, type TextPatch } from '@podsmith/manifest';
import type { Finding, K8sVersion } from '@podsmith/lint';
import type { AssumptionOverrides } from '@podsmith/lifecycle';
import exampleText from '../examples/log-collector.yaml?raw';
import blankText from '../examples/blank-pod.yaml?raw';
import { checkedState, checksBehind, derive, type Derived, type DeriveSetup } from './derive';
import type { Simulator } from './timeline';
import { findingSelection, podIndexOf } from './findings';
import { DEFAULT_K8S_VERSION, SUPPORTED_K8S_VERSIONS, type Linter } from './linter';
import { createAutosave, loadSavedText, loadSavedVersion, saveVersion } from './persistence';
import { leasedStorage } from './tabLease';
import { followSelection, type Selection } from './selection';
import { injectedOf } from './injected';
import { selectionAtPath, sameSelection } from './cursor';
import { checkImportText, decodeManifestFile, describeImport, type AppMessage, type ImportCheck } from './importing';
import { afterNextPaint } from './afterPaint';

export const EXAMPLE_TEXT: string = exampleText;
/** "New → Blank pod": the least the API server accepts, one container, no comments. */
export const BLANK_POD_TEXT: string = blankText;

/** What "New" can start from. */
export type NewStart = 'blank' | 'example';

const STARTS: Readonly<Record<NewStart, { readonly text: string; readonly message: string }>> = {
  blank: { text: BLANK_POD_TEXT, message: 'Started a blank pod with one container. Undo (Ctrl+Z) brings your text back.' },
  example: { text: EXAMPLE_TEXT, message: 'Back to the example pod. Undo (Ctrl+Z) brings your text back.' },
};

/**
 * How the text last changed, when the change did not come from the editor: the one patch
 * (an Edit's own, or the difference an import or "New" made) the editor applies to its
 * model, if the model still holds `before`.
 */
export interface TextChange {
  readonly before: string;
  readonly patch: TextPatch;
}

export interface PodsmithState extends Derived {
  /**
   * The manifest text: the single source of truth. The derived state (Derived) is of
   * `parsed.text`, which trails `text` for one frame after a keystroke (`typeText`).
   */
  readonly text: string;
  /** The patch of the last change made outside the editor; undefined after typing. */
  readonly lastChange: TextChange | undefined;
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
  /** The lifecycle simulator, once it has loaded (not part of the first load either). */
  readonly simulator: Simulator | undefined;
  /** The timeline's assumptions the user changed: app state, never written to the YAML; a new file starts without. */
  readonly assumptionOverrides: AssumptionOverrides;

  /** A repair or a workload action replaced the text: the pod at once, the findings and timeline after the next paint (as `dispatch`). */
  setText(text: string): void;
  /**
   * The user typed in the editor: the text changes now, the derivation runs after the next
   * paint (coalescing the keystrokes until then), so the typed character is drawn first.
   */
  typeText(text: string): void;
  /** Derive now what typing left behind the text (before anything reads it to act): the pod, the findings, the timeline. */
  settle(): void;
  /**
   * A diagram, inspector, palette or quick-fix edit: the text and the pod at once, the
   * findings and the timeline after the next paint. Returns false (and sets `notice`) when refused.
   */
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
  /** "New": replace the text with a blank pod or the example (one step of the editor's undo history). */
  startNew(start: NewStart): void;
  showMessage(message: AppMessage | undefined): void;
  /** The editor's cursor moved (by the user) to this offset of the text: select what is there. */
  selectAtOffset(offset: number): void;
  /** "Go to the error": ask the editor to move its cursor to this offset and focus. */
  revealOffset(offset: number): void;
  /** The target version changed: lint again, and save it. */
  setK8sVersion(version: K8sVersion): void;
  /** The lint package has loaded (web/main.tsx asks for it): lint what is there. */
  setLinter(linter: Linter): void;
  /** The simulator has loaded (web/main.tsx asks for it): simulate the pod. */
  setSimulator(simulator: Simulator): void;
  /** The timeline's assumption inputs (or their reset) changed the overrides: simulate again. */
  setAssumptionOverrides(overrides: AssumptionOverrides): void;
  /** A finding was clicked: show its pod, select what it is about, and select its range in the editor. */
  showFinding(finding: Finding): void;
  /** Apply a finding's quick fix as one Edit. Returns false (and sets `notice`) when refused. */
  applyFix(finding: Finding): boolean;
  /** Apply the suggestion the user picked (never done unasked: it changes what a program does), as one Edit. */
  applySuggestion(finding: Finding, index: number): boolean;
}

const initialText = loadSavedText() ?? EXAMPLE_TEXT;
// Written only while this tab holds the autosave (another tab's work is never overwritten: tabLease.ts).
const autosave = createAutosave(300, leasedStorage);
/** Write a pending autosave now (before this tab lets another take over). */
export const flushAutosave = (): void => autosave.flush();
const initialVersion = loadSavedVersion(SUPPORTED_K8S_VERSIONS) ?? DEFAULT_K8S_VERSION;

const setupOf = (state: Pick<PodsmithState, 'k8sVersion' | 'linter' | 'simulator' | 'assumptionOverrides'>): DeriveSetup => ({
  k8sVersion: state.k8sVersion,
  linter: state.linter,
  simulator: state.simulator,
  overrides: state.assumptionOverrides,
});

export const usePodsmith = create<PodsmithState>()((set, get) => ({
  text: initialText,
  lastChange: undefined,
  ...derive(initialText, undefined, { k8sVersion: initialVersion, linter: undefined, simulator: undefined, overrides: {} }),
  selection: undefined,
  notice: undefined,
  message: undefined,
  selectionOrigin: undefined,
  reveal: undefined,
  k8sVersion: initialVersion,
  linter: undefined,
  simulator: undefined,
  assumptionOverrides: {},

  setText(text) {
    const state = get();
    if (text === state.text) return;
    changeText(text, { before: state.text, patch: diffText(state.text, text) });
  },

  typeText(text) {
    const state = get();
    if (text === state.text) return;
    set({ text, lastChange: undefined, notice: undefined, message: keptMessage(state) });
    autosave.save(text);
    settleAfterPaint();
  },

  settle() {
    const state = get();
    if (state.parsed.text !== state.text) deriveTyped(true);
    else if (checksBehind(state)) set(checkedState(state, setupOf(state), state));
  },

  dispatch(edit) {
    get().settle();
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
    changeText(result.text, { before: state.text, patch: result.patch });
    return true;
  },

  select(selection) {
    set({ selection, selectionOrigin: undefined });
  },

  selectPod(index) {
    get().settle();
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

  startNew(start) {
    const { text, message } = STARTS[start];
    load({ ok: true, text }, undefined);
    set({ message: { tone: 'info', text: message } });
  },

  showMessage(message) {
    set({ message });
  },

  selectAtOffset(offset) {
    get().settle();
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
    const setup = setupOf({ ...state, k8sVersion });
    set({ k8sVersion, ...checkedState(state, setup, state) });
    saveVersion(k8sVersion);
  },

  setLinter(linter) {
    const state = get();
    set({ linter, ...checkedState(state, setupOf({ ...state, linter }), state) });
  },

  setSimulator(simulator) {
    const state = get();
    set({ simulator, ...checkedState(state, setupOf({ ...state, simulator }), state) });
  },

  setAssumptionOverrides(assumptionOverrides) {
    const state = get();
    if (assumptionOverrides === state.assumptionOverrides) return;
    set({ assumptionOverrides, ...checkedState(state, setupOf({ ...state, assumptionOverrides }), state) });
  },

  showFinding(finding) {
    get().settle();
    const state = get();
    const index = finding.pod ? podIndexOf(state.lastGood, finding.pod) : -1;
    // A finding about another pod of the file brings that pod onto the diagram.
    const moved = index >= 0 && index !== state.podIndex ? derive(state.text, state, setupOf(state), index) : undefined;
    const pod = moved ? moved.pod : state.pod;
    // While the text is broken, the finding's offsets are into the last good text, not the editor's.
    const range = finding.range && !state.stale ? finding.range : undefined;
    set({
      ...moved,
      selection: pod ? findingSelection(finding, pod, injectedOf(pod, state.k8sVersion)) : undefined,
      selectionOrigin: undefined,
      reveal: range ? { offset: range.from, to: range.to, focus: false, seq: (state.reveal?.seq ?? 0) + 1 } : state.reveal,
    });
  },

  applyFix(finding) {
    get().settle();
    const state = get();
    const edit = state.linter?.quickFix(finding, state.lastGood, { k8sVersion: state.k8sVersion });
    if (!edit) {
      set({ notice: 'This finding has no quick fix.' });
      return false;
    }
    return state.dispatch(edit);
  },

  applySuggestion(finding, index) {
    const suggestion = finding.suggestions[index];
    if (!suggestion) return false;
    return get().dispatch(suggestion.edits.length === 1 ? suggestion.edits[0]! : { kind: 'batch', edits: suggestion.edits });
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
  const state = usePodsmith.getState();
  const derived = derive(text, undefined, setupOf({ ...state, assumptionOverrides: {} }), 0);
  usePodsmith.setState({
    text,
    lastChange: { before: state.text, patch: diffText(state.text, text) },
    ...derived,
    assumptionOverrides: {},
    selection: undefined,
    selectionOrigin: undefined,
    notice: undefined,
    message: describeImport(derived.parsed, name),
  });
  autosave.save(text);
  return true;
}

let settleScheduled = false;
let checksScheduled = false;

/**
 * One derivation after the next paint, for all the keystrokes until then, in two steps:
 * the parse and the pod (the diagram, a few milliseconds), then after the frame that
 * draws them the findings and the timeline (the lint and the simulation: on a pod of 60
 * containers they would push the diagram a frame later). Anything that acts on the
 * state settles it all first (`settle`).
 */
function settleAfterPaint(): void {
  if (settleScheduled) return;
  settleScheduled = true;
  afterNextPaint(() => {
    settleScheduled = false;
    if (usePodsmith.getState().parsed.text !== usePodsmith.getState().text) deriveTyped(false);
    checkAfterPaint();
  });
}

/** The findings and the timeline after the next paint, once for every change until then. */
function checkAfterPaint(): void {
  if (checksScheduled) return;
  checksScheduled = true;
  afterNextPaint(() => {
    checksScheduled = false;
    usePodsmith.getState().settle();
  });
}

/** Derive the typed text (without the findings and the timeline when `checks` is false); the selection follows. */
function deriveTyped(checks: boolean): void {
  const state = usePodsmith.getState();
  const derived = derive(state.text, state, setupOf(state), state.podIndex, checks);
  usePodsmith.setState({ ...derived, selection: followSelection(state.pod, derived.pod, state.selection) });
}

/** A change of the text keeps a warning or an error shown, not an info message. */
function keptMessage(state: PodsmithState): AppMessage | undefined {
  return state.message?.tone === 'info' ? undefined : state.message;
}

/**
 * A change made outside the editor (an Edit, a repair): the text, its parse and the pod in
 * one update, so the editor and the diagram show it in the same frame; the findings and
 * the timeline after that frame, as for typing.
 */
function changeText(text: string, change: TextChange): void {
  const state = usePodsmith.getState();
  const derived = derive(text, state, setupOf(state), state.podIndex, false);
  usePodsmith.setState({
    text,
    lastChange: change,
    ...derived,
    selection: followSelection(state.pod, derived.pod, state.selection),
    notice: undefined,
    message: keptMessage(state),
  });
  autosave.save(text);
  checkAfterPaint();
}
