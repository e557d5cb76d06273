import { useId } from 'react';
import type { ContainerView, PodView } from '@podsmith/manifest';
import { Field } from './Field';
import { addMountEdit, mountFieldEdit, readOnlyEdit, removeMountEdit, subPathEdit, subPathKey } from './edits';
import { helpFor } from './help/help';
import { Refusal, useRows } from './rows';
import { useApplyEdit } from './useApplyEdit';
import { mountPathError, mountVolumeError, subPathError } from './validate';

export function MountsList({ pod, container }: { readonly pod: PodView; readonly container: ContainerView }) {
  const apply = useApplyEdit();
  const { added, refusal, addButton, add, remove } = useRows(container.mounts.length);
  const headingId = useId();
  const noVolumesId = useId();
  const newMount = addMountEdit(pod, container);
  const volumeOptions = pod.volumes.map((v) => ({ value: v.name, label: `${v.name} (${v.type || 'no source'})` }));

  return (
    <section className="inspector-group" aria-labelledby={headingId}>
      <h3 id={headingId} title={helpFor('Container.volumeMounts')}>
        volumeMounts
      </h3>
      <ol className="mounts">
        {container.mounts.map((mount) => (
          <li key={mount.index}>
            <fieldset>
              <legend>
                Mount {mount.index + 1}: {mount.volume || '(no volume)'}
              </legend>
              <Field
                label="volume"
                help={helpFor('VolumeMount.name')}
                compact
                value={mount.volume}
                control={{ type: 'select', options: volumeOptions }}
                validate={(name) => mountVolumeError(name, pod.volumes)}
                onCommit={(name) => apply(mountFieldEdit(pod, container, mount, 'name', name))}
              />
              {/* A new mount's path takes the focus: the default /mnt/<volume> is rarely the one wanted. */}
              <Field
                label="mountPath"
                help={helpFor('VolumeMount.mountPath')}
                compact
                autoFocus={mount.index === added}
                value={mount.mountPath}
                validate={(path) => mountPathError(path, container, mount.index)}
                onCommit={(path) => apply(mountFieldEdit(pod, container, mount, 'mountPath', path))}
              />
              <Field
                label={subPathKey(container, mount.index)}
                help={helpFor(`VolumeMount.${subPathKey(container, mount.index)}`)}
                compact
                value={mount.subPath ?? ''}
                validate={subPathError}
                onCommit={(subPath) => apply(subPathEdit(pod, container, mount, subPath))}
              />
              <Field
                label="readOnly"
                help={helpFor('VolumeMount.readOnly')}
                compact
                value={String(mount.readOnly)}
                control={{ type: 'checkbox' }}
                onCommit={(checked) => apply(readOnlyEdit(pod, container, mount, checked === 'true'))}
              />
              <button type="button" className="remove" onClick={() => remove(removeMountEdit(pod, container, mount))}>
                Remove mount {mount.index + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" ref={addButton} onClick={() => newMount && add(newMount)} disabled={!newMount} aria-describedby={newMount ? undefined : noVolumesId}>
        Add mount
      </button>
      {!newMount && (
        <p id={noVolumesId} className="inspector-note">
          The pod has no volume to mount: add one in the YAML or from the palette.
        </p>
      )}
      {refusal && <Refusal>{refusal}</Refusal>}
    </section>
  );
}
