import type { K8sVersion } from '@podsmith/lint';
import { usePodsmith } from '../store/store';
import { DEFAULT_K8S_VERSION, SUPPORTED_K8S_VERSIONS } from '../store/linter';
import { ToolbarSelect } from './ToolbarSelect';

const CHOICES = SUPPORTED_K8S_VERSIONS.map((v) => ({ value: v, label: v }));

/** The Kubernetes version the linter targets; the choice is saved with the manifest. */
export function VersionPicker() {
  const version = usePodsmith((s) => s.k8sVersion);
  const setK8sVersion = usePodsmith((s) => s.setK8sVersion);
  return (
    <ToolbarSelect<K8sVersion>
      label={
        <>
          Kubernetes<span className="visually-hidden"> version</span>
        </>
      }
      value={version}
      choices={CHOICES}
      onChange={setK8sVersion}
      title={`The version the linter and the timeline target; ${DEFAULT_K8S_VERSION} is the newest`}
    />
  );
}
