import './workloads.css';
import { useId } from 'react';
import { WORKLOAD_KINDS, type WorkloadKind } from '@podsmith/manifest';
import { usePodsmith } from '../store/store';
import { addWorkload, changeKind, deleteWorkload } from './actions';

/**
 * "Wrap as": the kind of the pod on the diagram, as a picker that changes it; and adding
 * or deleting a workload of the file. The picker WorkloadPicker switches between them.
 */
export function WorkloadActions() {
  const kind = usePodsmith((s) => s.pod?.workload.kind);
  const listItem = usePodsmith((s) => (s.pod ? s.lastGood.documents[s.pod.ref.documentIndex]?.kind === 'List' : false));
  const documents = usePodsmith((s) => s.lastGood.documents.length);
  const stale = usePodsmith((s) => s.stale);
  const id = useId();
  const canWrap = kind !== undefined && !listItem && !stale;

  return (
    <div className="workload-actions">
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
      <button type="button" onClick={addWorkload} aria-disabled={stale} title="Add a blank pod as a new document at the end of the file">
        Add workload
      </button>
      <button
        type="button"
        onClick={deleteWorkload}
        aria-disabled={stale || documents <= 1 || kind === undefined}
        title="Delete the document of the workload on the diagram (Undo brings it back)"
      >
        Delete workload
      </button>
    </div>
  );
}
