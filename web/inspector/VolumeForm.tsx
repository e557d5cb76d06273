import type { PodView, VolumeView } from '@podsmith/manifest';
import { usePodsmith } from '../store/store';
import { Field } from './Field';
import { renameVolumeEdit } from './edits';
import { firstSentence, helpFor } from './help/help';
import { mountsOf } from './model';
import { useApplyEdit } from './useApplyEdit';
import { volumeNameError } from './validate';

export function VolumeForm({ pod, volume }: { readonly pod: PodView; readonly volume: VolumeView }) {
  const apply = useApplyEdit();
  const select = usePodsmith((s) => s.select);
  const uses = mountsOf(pod, volume.name);
  const typeHelp = helpFor(`Volume.${volume.type}`);

  return (
    <>
      <h2>
        Volume <span className="inspector-name">{volume.name || '(unnamed)'}</span>
      </h2>
      <Field
        label="name"
        help={helpFor('Volume.name')}
        value={volume.name}
        validate={(name) => volumeNameError(name, pod.volumes, volume.index)}
        onCommit={(name) => apply(renameVolumeEdit(pod, volume, name))}
      />
      <p className="inspector-note">Renaming the volume renames the mounts that use it.</p>
      <dl className="inspector-facts">
        <dt>Type</dt>
        <dd title={typeHelp}>
          <code>{volume.type || '(none: the API server makes it an emptyDir)'}</code>
          {typeHelp && <span className="field-help"> {firstSentence(typeHelp)}</span>}
        </dd>
      </dl>
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
