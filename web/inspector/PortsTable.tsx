import { useId, useState } from 'react';
import { PORT_PROTOCOLS, type ContainerView, type PodView, type PortView } from '@podsmith/manifest';
import { Field, type FieldProps } from './Field';
import { addPortEdit, portFieldEdit, removePortEdit, type PortKey } from './edits';
import { helpFor } from './help/help';
import { scalarText } from './model';
import { Refusal, useRows } from './rows';
import { useApplyEdit } from './useApplyEdit';
import { portNameTextError, portTextError } from './validate';

const COLUMNS: readonly PortKey[] = ['name', 'containerPort', 'protocol', 'hostPort'];
/** The column is too narrow for `containerPort`; the header's title and each cell's label give the key. */
const HEADERS: Readonly<Record<PortKey, string>> = { name: 'name', containerPort: 'port', protocol: 'protocol', hostPort: 'host' };
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
                <th key={key} scope="col" title={`${key}: ${helpFor(`ContainerPort.${key}`) ?? ''}`}>
                  {HEADERS[key]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {container.ports.map((port) => (
              <PortRow
                key={port.index}
                pod={pod}
                container={container}
                port={port}
                focus={port.index === added}
                onRemove={() => remove(removePortEdit(pod, container, port.index))}
              />
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

interface PortRowProps {
  readonly pod: PodView;
  readonly container: ContainerView;
  readonly port: PortView;
  readonly focus: boolean;
  readonly onRemove: () => void;
}

/** One port: a row of cells, and under it a full-width row for what a cell refused. */
function PortRow({ pod, container, port, focus, onRemove }: PortRowProps) {
  const apply = useApplyEdit();
  const [refusals, setRefusals] = useState<HTMLElement | null>(null);
  return (
    <>
      <tr>
        {COLUMNS.map((key) => (
          <td key={key}>
            <Field
              label={`Port ${port.index + 1} ${key}`}
              hideLabel
              compact
              help={helpFor(`ContainerPort.${key}`)}
              autoFocus={focus && key === 'containerPort'}
              refusalHost={refusals}
              onCommit={(text) => apply(portFieldEdit(pod, container, port.index, key, text))}
              {...columnProps(key, container, port)}
            />
          </td>
        ))}
        <td>
          <button type="button" className="remove" aria-label={`Remove port ${port.index + 1}`} onClick={onRemove}>
            ✕
          </button>
        </td>
      </tr>
      <tr className="ports-refusals">
        <td colSpan={COLUMNS.length + 1} ref={setRefusals} />
      </tr>
    </>
  );
}
