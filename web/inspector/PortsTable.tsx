import { useId } from 'react';
import { PORT_PROTOCOLS, type ContainerView, type PodView, type PortView } from '@podsmith/manifest';
import { Field, type FieldProps } from './Field';
import { addPortEdit, portFieldEdit, removePortEdit, type PortKey } from './edits';
import { helpFor } from './help/help';
import { scalarText } from './model';
import { Refusal, useRows } from './rows';
import { useApplyEdit } from './useApplyEdit';
import { portNameTextError, portTextError } from './validate';

const COLUMNS: readonly PortKey[] = ['name', 'containerPort', 'protocol', 'hostPort'];
const PROTOCOL_OPTIONS = PORT_PROTOCOLS.map((p) => ({ value: p, label: p }));

/** What each column edits: the field's control and check, by port key. */
function columnProps(key: PortKey, container: ContainerView, port: PortView): Pick<FieldProps, 'value' | 'control' | 'validate'> {
  switch (key) {
    case 'name':
      return { value: port.name ?? '', validate: (name) => portNameTextError(name, container, port.index) };
    case 'protocol':
      return { value: port.protocol, control: { type: 'select', options: PROTOCOL_OPTIONS } };
    case 'containerPort':
    case 'hostPort':
      return {
        value: scalarText(port[key]),
        control: { type: 'text', numeric: true },
        validate: (text) => portTextError(text, key === 'hostPort'),
      };
  }
}

export function PortsTable({ pod, container }: { readonly pod: PodView; readonly container: ContainerView }) {
  const apply = useApplyEdit();
  const { added, refusal, addButton, add, remove } = useRows(container.ports.length);
  const headingId = useId();

  return (
    <section className="inspector-group" aria-labelledby={headingId}>
      <h3 id={headingId} title={helpFor('Container.ports')}>
        ports
      </h3>
      {container.ports.length > 0 && (
        <table className="ports">
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th key={key} scope="col" title={helpFor(`ContainerPort.${key}`)}>
                  {key}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {container.ports.map((port) => (
              <tr key={port.index}>
                {COLUMNS.map((key) => (
                  <td key={key}>
                    <Field
                      label={`Port ${port.index + 1} ${key}`}
                      hideLabel
                      compact
                      help={helpFor(`ContainerPort.${key}`)}
                      autoFocus={key === 'containerPort' && port.index === added}
                      onCommit={(text) => apply(portFieldEdit(pod, container, port.index, key, text))}
                      {...columnProps(key, container, port)}
                    />
                  </td>
                ))}
                <td>
                  <button type="button" className="remove" aria-label={`Remove port ${port.index + 1}`} onClick={() => remove(removePortEdit(pod, container, port.index))}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* The new row's port takes the focus, so the user can type it right away. */}
      <button type="button" ref={addButton} onClick={() => add(addPortEdit(pod, container))}>
        Add port
      </button>
      {refusal && <Refusal>{refusal}</Refusal>}
    </section>
  );
}
