import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePodsmith } from '../store/store';
import { keptDocuments, podLabels } from '../store/importing';

/**
 * Which pod of the file the diagram designs. Shown when the file holds more than one
 * document; documents without a pod (Service, ConfigMap, …) are listed as kept, not drawn.
 */
export function WorkloadPicker() {
  // The labels, compared item by item: a keystroke that renames no workload re-renders nothing here.
  const pods = usePodsmith(useShallow((s) => podLabels(s.lastGood)));
  const kept = usePodsmith(useShallow((s) => keptDocuments(s.lastGood)));
  const podIndex = usePodsmith((s) => s.podIndex);
  const selectPod = usePodsmith((s) => s.selectPod);
  const id = useId();

  if (pods.length <= 1 && kept.length === 0) return null;
  return (
    <div className="workload-picker">
      <label htmlFor={id}>Workload</label>
      <select id={id} value={pods.length > 0 ? String(podIndex) : ''} onChange={(event) => selectPod(Number(event.target.value))}>
        {pods.length === 0 && (
          <option value="" disabled>
            No workload to draw
          </option>
        )}
        <optgroup label={`Drawn (${pods.length})`}>
          {pods.map((label, index) => (
            <option key={index} value={String(index)}>
              {label}
            </option>
          ))}
        </optgroup>
        {kept.length > 0 && (
          <optgroup label="Kept, not drawn">
            {kept.map((label, index) => (
              <option key={index} value={`kept-${index}`} disabled>
                {label} (kept, not drawn)
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
