import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ContainerNode as ContainerFlowNode } from '../graph';
import { displayName, ordinal, portsLabel } from '../labels';
import { useDiagramActions } from '../actions';
import { DeleteButton } from '../DeleteButton';
import { FindingsBadge } from '../FindingsBadge';
import { StateChip } from '../../timeline/StateChip';

/**
 * A container: name, image, ports (and its state while the timeline is stepped through),
 * chips for probes, hooks, resources, restart policy and security; a handle to drag onto
 * a volume to mount it.
 */
export const ContainerNode = memo(function ContainerNode({ id, data }: NodeProps<ContainerFlowNode>) {
  const { remove } = useDiagramActions();
  const { container, locked } = data;
  const name = displayName(container.name);
  return (
    <div className={`container-node container-node--${data.lane}`}>
      <Handle type="target" position={Position.Right} id="net" isConnectable={false} className="handle handle--net" />
      <Handle type="target" position={Position.Bottom} id="env" isConnectable={false} className="handle handle--env" />
      <header className="container-node__header">
        {container.initOrder !== undefined && (
          <span className="container-node__order" title={`Starts ${ordinal(container.initOrder)}`}>
            {container.initOrder}
          </span>
        )}
        <span className="container-node__name">{name}</span>
        {data.findings && <FindingsBadge findings={data.findings} />}
        <DeleteButton label={`Delete container ${name}`} disabled={locked} onDelete={() => remove(id)} />
      </header>
      <div className="container-node__image" title={container.image}>
        {container.image || 'no image'}
      </div>
      <div className="container-node__ports">
        <StateChip container={container.id} />
        {container.ports.length > 0 ? `ports ${portsLabel(container.ports)}` : 'no ports'}
      </div>
      <ul className="container-node__chips" aria-label="At a glance">
        {data.chips.map((chip) => (
          <li key={chip.id} className={`chip chip--${chip.tone}`} title={chip.title}>
            {chip.text}
          </li>
        ))}
      </ul>
      <Handle
        type="source"
        position={Position.Right}
        id="mount"
        isConnectable={!locked}
        className="handle handle--mount"
        // A pointer affordance only (a div, which may not carry a name): from the keyboard, M on the node mounts.
        title="Drag to a volume to mount it"
      />
    </div>
  );
});
