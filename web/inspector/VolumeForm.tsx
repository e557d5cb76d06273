import type { PodView, VolumeView } from '@podsmith/manifest';
import { usePodsmith } from '../store/store';
import { FieldTable } from './FieldTable';
import { unmodelledPaths } from './fields/more';
import { volumeSections } from './fields/volume';
import { mountsOf } from './model';
import { MoreInYaml } from './MoreInYaml';

export function VolumeForm({ pod, volume }: { readonly pod: PodView; readonly volume: VolumeView }) {
  const select = usePodsmith((s) => s.select);
  const uses = mountsOf(pod, volume.name);
  const sections = volumeSections(pod, volume);
  const base = volume.path.slice(pod.workload.path.length);

  return (
    <>
      <h2>
        Volume <span className="inspector-name">{volume.name || '(unnamed)'}</span>
      </h2>
      <MoreInYaml pod={pod} base={base} paths={unmodelledPaths(pod.workload.object, base, sections)} />
      <FieldTable pod={pod} sections={sections} />
      <p className="inspector-note">Renaming the volume renames the mounts that use it; a new type replaces its source.</p>
      <section className="inspector-group" aria-label="Mounted by">
        <h3>Mounted by</h3>
        {uses.length === 0 ? (
          <p className="inspector-note">No container mounts this volume.</p>
        ) : (
          <ul className="inspector-uses">
            {uses.map(({ container, mount }) => (
              <li key={`${container.id}/${mount.index}`}>
                <button type="button" className="link" onClick={() => select({ type: 'container', id: container.id })}>
                  {container.name || container.id}
                </button>{' '}
                at <code>{mount.mountPath}</code>
                {mount.readOnly && ' (read-only)'}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
