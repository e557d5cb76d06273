/**
 * The test and import hook: `window.__podsmith`. Playwright specs, scripts/bench.mjs (and
 * anyone scripting the app from the console) read and change the manifest through it.
 *
 * - `getText()`: the store's text, which Download saves byte for byte.
 * - `setText(text)`: replace the manifest through the same path as Paste and Open
 *   (the import checks, a message, the first pod). Returns whether it was loaded.
 * - `getEditorText()`: Monaco's model text, or undefined before the editor has loaded.
 * - `view()`: the PodView of the pod on the diagram (undefined when there is none), of
 *   the current text (a keystroke's derivation waiting for the next frame is run).
 * - `dispatch(edit)`: apply an Edit as the diagram and the inspector do; `edit` may be a
 *   function of the current PodView that returns the Edit. Returns false when refused
 *   (the store's `notice` says why).
 * - `revealLineEnd(line)`: put Monaco's cursor at the end of a 1-based line and focus the
 *   editor (false before the editor has loaded).
 * - `detachEditor()`: unwire Monaco from the store for good: typing then changes only
 *   Monaco. The benchmark uses it last, to time Monaco's own keystroke, the floor under
 *   keystroke → diagram. False before the editor has loaded.
 * - `setDetachedEditorText(text)`: after `detachEditor`, put `text` into Monaco's model as
 *   the store puts a diagram edit's text there (one patch, one undo step): the benchmark's
 *   floor under diagram edit → editor. False before the editor has loaded or while it is
 *   still wired to the store.
 * - `timeLint(rounds)`: lint the current text `rounds` times for the chosen Kubernetes
 *   version, one run per frame as typing lints, and resolve to the milliseconds of each
 *   run (it waits for the lint package if it has not arrived yet). Back to back, runs
 *   would time the garbage collection of the runs before them: p95 3-7 ms instead of
 *   1-3 on the stress manifest, where the p50 is 0.5 ms either way.
 * - `timeSimulate(rounds)`: the same for the lifecycle simulation of the pod on the
 *   diagram (what the timeline shows), with the user's assumption overrides.
 *
 * It is installed by web/main.tsx, in the app only; no package depends on it.
 */
import type { Edit, PodView } from '@podsmith/manifest';
import { usePodsmith } from '../store/store';
import { loadLinter } from '../store/linter';
import { loadSimulator } from '../store/simulator';

export interface PodsmithHook {
  getText(): string;
  setText(text: string): boolean;
  getEditorText(): string | undefined;
  view(): PodView | undefined;
  dispatch(edit: Edit | ((pod: PodView) => Edit)): boolean;
  revealLineEnd(line: number): boolean;
  detachEditor(): boolean;
  setDetachedEditorText(text: string): boolean;
  timeLint(rounds: number): Promise<number[]>;
  timeSimulate(rounds: number): Promise<number[]>;
}

declare global {
  interface Window {
    __podsmith?: PodsmithHook;
  }
}

/** What the editor offers the hook once it is mounted. */
export interface EditorHandle {
  text(): string | undefined;
  revealLineEnd(line: number): void;
  detach(): void;
  /** Put the text into the model as the store's sync does; false while the editor is wired to the store. */
  setTextDetached(text: string): boolean;
}

let editor: EditorHandle | undefined;

/** Called by the editor once it is mounted; returns the unregister function. */
export function registerEditor(handle: EditorHandle): () => void {
  editor = handle;
  return () => {
    if (editor === handle) editor = undefined;
  };
}

function dispatch(edit: Edit | ((pod: PodView) => Edit)): boolean {
  const { pod, dispatch: apply } = usePodsmith.getState();
  if (typeof edit !== 'function') return apply(edit);
  return pod !== undefined && apply(edit(pod));
}

const FRAME_MS = 16;

/** Run `work` `rounds` times, one run per frame, and give the milliseconds of each run. */
async function timeRuns(rounds: number, work: () => void): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve, FRAME_MS));
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

async function timeLint(rounds: number): Promise<number[]> {
  const linter = await loadLinter();
  const { parsed, k8sVersion } = usePodsmith.getState();
  return timeRuns(rounds, () => linter.lintManifest(parsed, { k8sVersion }));
}

async function timeSimulate(rounds: number): Promise<number[]> {
  const simulator = await loadSimulator();
  const { pod, k8sVersion, assumptionOverrides } = usePodsmith.getState();
  if (!pod) return [];
  return timeRuns(rounds, () => simulator.simulate(pod, { k8sVersion, overrides: assumptionOverrides }));
}

export function installTestHook(target: Window = window): void {
  target.__podsmith = {
    getText: () => usePodsmith.getState().text,
    setText: (text: string) => usePodsmith.getState().importText(String(text)),
    getEditorText: () => editor?.text(),
    view() {
      usePodsmith.getState().settle();
      return usePodsmith.getState().pod;
    },
    dispatch,
    revealLineEnd(line: number) {
      if (!editor) return false;
      editor.revealLineEnd(line);
      return true;
    },
    detachEditor() {
      if (!editor) return false;
      editor.detach();
      return true;
    },
    setDetachedEditorText: (text: string) => editor?.setTextDetached(String(text)) ?? false,
    timeLint,
    timeSimulate,
  };
}
