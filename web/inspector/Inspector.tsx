import { usePodsmith } from '../store/store';
import { injectedOf } from '../store/injected';
import { ContainerForm } from './ContainerForm';
import { InjectedInfo } from './InjectedInfo';
import { resolveTarget, type Target } from './model';
import { PodForm } from './PodForm';
import { VolumeForm } from './VolumeForm';
import type { PodView } from '@podsmith/manifest';
import './inspector.css';

/** The forms for the selection: the pod, a container or a volume. Each change is one Edit. */
export function Inspector() {
  const pod = usePodsmith((s) => s.pod);
  const stale = usePodsmith((s) => s.stale);
  const selection = usePodsmith((s) => s.selection);
  const k8sVersion = usePodsmith((s) => s.k8sVersion);

  return (
    // While the YAML is broken every control is disabled: the panel itself takes the focus, so it still scrolls from the keyboard.
    <aside className="inspector" aria-label="Inspector" tabIndex={stale ? 0 : undefined}>
      {pod ? (
        <>
          {stale && (
            <p className="inspector-stale" role="status">
              The YAML has errors: fix them in the editor to edit here. The form shows the last version that parsed.
            </p>
          )}
          <p className="inspector-hint">Enter (Ctrl+Enter in a list) or leaving a field applies it; Esc undoes the typing.</p>
          {/* A disabled fieldset disables every control in it, buttons included. */}
          <fieldset className="inspector-form" disabled={stale}>
            <TargetForm pod={pod} target={resolveTarget(pod, selection, injectedOf(pod, k8sVersion))} />
          </fieldset>
        </>
      ) : (
        <p className="inspector-note">There is no pod in this manifest. Write a Pod or a workload in the YAML to design it here.</p>
      )}
    </aside>
  );
}

function TargetForm({ pod, target }: { readonly pod: PodView; readonly target: Target }) {
  // A form's drafts belong to one pod and one element. Keyed by position, not by name,
  // so a rename keeps the form (and the focus) in place.
  const podKey = `${pod.ref.documentIndex}:${pod.ref.specPath.join('.')}`;
  switch (target.type) {
    case 'container':
      return <ContainerForm key={`${podKey}/${target.container.ref.list}/${target.container.ref.index}`} pod={pod} container={target.container} />;
    case 'injected':
      return <InjectedInfo container={target.container} />;
    case 'volume':
      return <VolumeForm key={`${podKey}/volumes/${target.volume.index}`} pod={pod} volume={target.volume} />;
    case 'pod':
      return <PodForm key={podKey} pod={pod} />;
  }
}
