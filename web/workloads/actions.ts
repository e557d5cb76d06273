/**
 * The workload actions of the toolbar: change the kind of the pod on the diagram ("Wrap
 * as"), add a workload to the file, delete one. Each is a new text for the store, so it
 * reaches the editor as one undoable edit, like every diagram edit.
 */
import { appendDocument, removeDocument, wrapAs, type WorkloadKind } from '@podsmith/manifest';
import { BLANK_POD_TEXT, usePodsmith } from '../store/store';

const UNDO = 'Undo (Ctrl+Z) brings it back.';

/** The pod on the diagram as another kind. Returns false (with the reason as a notice) when refused. */
export function changeKind(kind: WorkloadKind): boolean {
  const state = usePodsmith.getState();
  const ref = state.pod?.ref;
  if (!ref || state.stale) {
    usePodsmith.setState({ notice: 'The YAML has errors: fix them in the editor before changing the kind.' });
    return false;
  }
  const before = state.pod?.workload.kind;
  const result = wrapAs(state.text, ref.documentIndex, kind);
  if (!result.ok) {
    usePodsmith.setState({ notice: result.error });
    return false;
  }
  state.setText(result.text);
  state.showMessage({ tone: 'info', text: `The ${before} is now a ${kind}, with the same pod. ${UNDO}` });
  return true;
}

/** A blank pod named so no other document has its name, added as the file's last document and drawn. */
export function addWorkload(): boolean {
  const state = usePodsmith.getState();
  if (state.stale) {
    usePodsmith.setState({ notice: 'The YAML has errors: fix them in the editor before adding a workload.' });
    return false;
  }
  const name = unusedName(state.lastGood.documents.map((d) => d.name));
  state.setText(appendDocument(state.text, BLANK_POD_TEXT.replace(/name: my-pod$/m, `name: ${name}`)));
  usePodsmith.getState().selectPod(usePodsmith.getState().lastGood.pods.length - 1);
  state.showMessage({ tone: 'info', text: `Added the pod ${name} at the end of the file. Change its kind with Wrap as.` });
  return true;
}

/** Delete the document of the pod on the diagram; the pod before it (or the first) is drawn. */
export function deleteWorkload(): boolean {
  const state = usePodsmith.getState();
  const ref = state.pod?.ref;
  if (!ref || state.stale) {
    usePodsmith.setState({ notice: 'The YAML has errors: fix them in the editor before deleting a workload.' });
    return false;
  }
  const label = `${state.pod?.workload.kind} ${state.pod?.workload.name ?? ''}`.trim();
  const result = removeDocument(state.text, ref.documentIndex);
  if (!result.ok) {
    usePodsmith.setState({ notice: result.error });
    return false;
  }
  const index = state.podIndex;
  state.setText(result.text);
  usePodsmith.getState().selectPod(Math.max(0, index - 1));
  state.showMessage({ tone: 'info', text: `Deleted the ${label}. ${UNDO}` });
  return true;
}

/** `my-pod-2`, `my-pod-3`, …: the first no document of the file is named. */
export function unusedName(taken: readonly (string | undefined)[]): string {
  for (let n = 2; ; n++) if (!taken.includes(`my-pod-${n}`)) return `my-pod-${n}`;
}
