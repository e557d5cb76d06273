import './workloads.css';
import { useId } from 'react';
import { WORKLOAD_KINDS, type WorkloadKind } from '@podsmith/manifest';
import { usePodsmith } from '../store/store';
import { changeKind } from './actions';

/**
 * "Wrap as": the kind of the pod on the diagram, as a picker that changes it. Adding and
 * deleting a workload are in the File menu; WorkloadPicker switches between them.
 */
export function WrapAsPicker() {
  const kind = usePodsmith((s) => s.pod?.workload.kind);
  const listItem = usePodsmith((s) => (s.pod ? s.lastGood.documents[s.pod.ref.documentIndex]?.kind === 'List' : false));
  const stale = usePodsmith((s) => s.stale);
  const id = useId();
  const canWrap = kind !== undefined && !listItem && !stale;

  return (
    <div className="wrap-as">
      <label htmlFor={id}>Wrap as</label>
      <select
        id={id}
        value={kind ?? ''}
        aria-disabled={!canWrap}
        title="The same pod as another kind of workload: the pod spec and its comments stay, the selector, labels and what the kind needs are set"
        onChange={(event) => {
          if (canWrap) changeKind(event.target.value as WorkloadKind);
        }}
      >
        {kind === undefined && <option value="">No pod</option>}
        {WORKLOAD_KINDS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </div>
  );
}
