import { WORKLOAD_KINDS, type WorkloadKind } from '@podsmith/manifest';
import { usePodsmith } from '../store/store';
import { ToolbarSelect } from '../app/ToolbarSelect';
import { changeKind } from './actions';

const KINDS = WORKLOAD_KINDS.map((kind) => ({ value: kind, label: kind }));
const NO_POD = [{ value: '' as const, label: 'No pod' }, ...KINDS];

/**
 * "Wrap as": the kind of the pod on the diagram, as a picker that changes it. Adding and
 * deleting a workload are in the File menu; WorkloadPicker switches between them.
 */
export function WrapAsPicker() {
  const kind = usePodsmith((s) => s.pod?.workload.kind);
  const listItem = usePodsmith((s) => (s.pod ? s.lastGood.documents[s.pod.ref.documentIndex]?.kind === 'List' : false));
  const stale = usePodsmith((s) => s.stale);
  return (
    <ToolbarSelect<WorkloadKind | ''>
      label="Wrap as"
      value={kind ?? ''}
      choices={kind === undefined ? NO_POD : KINDS}
      onChange={(next) => {
        if (next !== '') changeKind(next);
      }}
      inert={kind === undefined || listItem || stale}
      title="The same pod as another kind of workload: the pod spec and its comments stay, the selector, labels and what the kind needs are set"
    />
  );
}
