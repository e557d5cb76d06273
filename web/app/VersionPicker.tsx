import { useId } from 'react';
import type { K8sVersion } from '@podsmith/lint';
import { usePodsmith } from '../store/store';
import { DEFAULT_K8S_VERSION, SUPPORTED_K8S_VERSIONS } from '../store/linter';

/** The Kubernetes version the linter targets; the choice is saved with the manifest. */
export function VersionPicker() {
  const version = usePodsmith((s) => s.k8sVersion);
  const setK8sVersion = usePodsmith((s) => s.setK8sVersion);
  const id = useId();
  return (
    <div className="version-picker">
      <label htmlFor={id}>
        Kubernetes<span className="visually-hidden"> version</span>
      </label>
      <select
        id={id}
        value={version}
        title={`The version the linter and the timeline target; ${DEFAULT_K8S_VERSION} is the newest`}
        onChange={(event) => setK8sVersion(event.target.value as K8sVersion)}
      >
        {SUPPORTED_K8S_VERSIONS.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}
