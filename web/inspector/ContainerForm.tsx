import type { ContainerView, PodView } from '@podsmith/manifest';
import { usePodsmith } from '../store/store';
import { Field } from './Field';
import { hasMultilineItem, listFieldEdit, listToLines, setContainerField } from './edits';
import { helpFor } from './help/help';
import { containerIdAt, laneLabel } from './model';
import { MountsList } from './MountsList';
import { PortsTable } from './PortsTable';
import { useApplyEdit } from './useApplyEdit';
import { containerNameError, imageError } from './validate';

export function ContainerForm({ pod, container }: { readonly pod: PodView; readonly container: ContainerView }) {
  const apply = useApplyEdit();
  const select = usePodsmith((s) => s.select);

  function rename(name: string): string | undefined {
    const refused = apply(setContainerField(pod, container, ['name'], name));
    // The selection is by id, and the id is the name: follow the container to its new one.
    const id = containerIdAt(usePodsmith.getState().pod, container.ref);
    if (!refused && id) select({ type: 'container', id });
    return refused;
  }

  return (
    <>
      <h2>
        Container <span className="inspector-name">{container.name || '(unnamed)'}</span>
      </h2>
      <dl className="inspector-facts">
        <dt>Lane</dt>
        <dd>{laneLabel(container)}</dd>
      </dl>
      <Field
        label="name"
        help={helpFor('Container.name')}
        value={container.name}
        validate={(name) => containerNameError(name, pod, container.ref)}
        onCommit={rename}
      />
      <Field
        label="image"
        help={helpFor('Container.image')}
        value={container.image}
        validate={imageError}
        onCommit={(image) => apply(setContainerField(pod, container, ['image'], image))}
      />
      {(['command', 'args'] as const).map((key) => (
        <ListField key={key} pod={pod} container={container} field={key} />
      ))}
      <PortsTable pod={pod} container={container} />
      <MountsList pod={pod} container={container} />
    </>
  );
}

function ListField({ pod, container, field }: { readonly pod: PodView; readonly container: ContainerView; readonly field: 'command' | 'args' }) {
  const apply = useApplyEdit();
  const list = container[field];
  const multiline = hasMultilineItem(list);
  return (
    <>
      <Field
        label={`${field} (one per line)`}
        help={helpFor(`Container.${field}`)}
        value={listToLines(list)}
        control={{ type: 'lines' }}
        readOnly={multiline}
        onCommit={(text) => apply(listFieldEdit(pod, container, field, text))}
      />
      {multiline && <p className="inspector-note">An item spans several lines (a script?): edit it in the YAML.</p>}
    </>
  );
}
