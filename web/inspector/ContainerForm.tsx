import type { ContainerView, PodView } from '@podsmith/manifest';
import { Field } from './Field';
import { hasMultilineItem, listFieldEdit, listToLines, setContainerField } from './edits';
import { helpFor } from './help/help';
import { laneLabel } from './model';
import { MountsList } from './MountsList';
import { PortsTable } from './PortsTable';
import { useApplyEdit } from './useApplyEdit';
import { containerNameError, imageError } from './validate';

export function ContainerForm({ pod, container }: { readonly pod: PodView; readonly container: ContainerView }) {
  const apply = useApplyEdit();

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
        onCommit={(name) => apply(setContainerField(pod, container, ['name'], name))}
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
