import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { VolumeNode as VolumeFlowNode } from '../graph';
import { displayName } from '../labels';
import { useDiagramActions } from '../actions';
import { DeleteButton } from '../DeleteButton';
import { FindingsBadge } from '../FindingsBadge';

/**
 * A volume of the pod; a name that mounts use but no volume declares is drawn dashed
 * and says so.
 */
export const VolumeNode = memo(function VolumeNode({ id, data }: NodeProps<VolumeFlowNode>) {
  const { remove } = useDiagramActions();
  const name = displayName(data.name);
  return (
    <div className={`volume-node${data.volume ? '' : ' volume-node--missing'}`}>
      {/* The whole node receives a connection, not only a dot on its edge: drop anywhere on the volume to mount it. */}
      <Handle
        type="target"
        position={Position.Left}
        id="mount"
        className="volume-node__drop"
        isConnectable={!data.locked && data.volume !== undefined}
        isConnectableStart={false}
        aria-hidden="true"
      />
      <header className="volume-node__header">
        <span className="volume-node__name">{name}</span>
        {data.findings && <FindingsBadge findings={data.findings} />}
        {data.volume && <DeleteButton label={`Delete volume ${name}`} disabled={data.locked} onDelete={() => remove(id)} />}
      </header>
      <div className="volume-node__type">{data.volume ? `volume · ${data.volume.type || 'no source'}` : 'not declared in volumes'}</div>
    </div>
  );
});
