import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { VolumeMountRow, VolumeNode as VolumeFlowNode } from '../graph';
import { claimLabel, displayName, edgeFindingsText } from '../labels';
import { useDiagramActions } from '../actions';
import { DeleteButton } from '../DeleteButton';
import { FindingsBadge } from '../FindingsBadge';

/**
 * A volume of the pod, a StatefulSet's claim template, or a name that mounts use but
 * nothing declares (drawn dashed, and saying so). It lists its mounts, one row each:
 * who mounts it where, the row its edge ends at.
 */
export const VolumeNode = memo(function VolumeNode({ id, data }: NodeProps<VolumeFlowNode>) {
  const { remove } = useDiagramActions();
  const name = displayName(data.name);
  const declared = data.volume !== undefined || data.claim !== undefined;
  const type = data.volume ? `volume · ${data.volume.type || 'no source'}` : data.claim ? claimLabel(data.claim) : 'not declared in volumes';
  return (
    <div className={`volume-node${data.claim ? ' volume-node--claim' : ''}${declared ? '' : ' volume-node--missing'}`}>
      {/* The whole node receives a connection, not only a dot on its edge: drop anywhere on the volume to mount it. */}
      <Handle
        type="target"
        position={Position.Left}
        id="mount"
        className="volume-node__drop"
        isConnectable={!data.locked && declared}
        isConnectableStart={false}
        aria-hidden="true"
      />
      <header className="volume-node__header">
        <span className="volume-node__name">{name}</span>
        {data.findings && <FindingsBadge findings={data.findings} />}
        {data.volume && <DeleteButton label={`Delete volume ${name}`} disabled={data.locked} onDelete={() => remove(id)} />}
      </header>
      <div className="volume-node__type">{type}</div>
      {data.mounts.length > 0 && (
        <ul className="volume-node__mounts" aria-label={`Mounts of ${name}`}>
          {data.mounts.map((row) => (
            <MountRow key={row.edge} row={row} locked={data.locked} onUnmount={() => remove(row.edge)} />
          ))}
        </ul>
      )}
    </div>
  );
});

function MountRow({ row, locked, onUnmount }: { readonly row: VolumeMountRow; readonly locked?: boolean; readonly onUnmount: () => void }) {
  const container = displayName(row.container.name);
  return (
    <li className="volume-node__mount" title={`${container}: ${row.label}`}>
      {/* Where the mount's edge ends; not a drop target (the whole node is). */}
      <Handle type="target" position={Position.Left} id={row.edge} isConnectable={false} className="handle handle--row" aria-hidden="true" />
      <span className="volume-node__mount-who">{container}</span>
      <span className="volume-node__mount-path">{row.label}</span>
      {row.findings && (
        <span className={`volume-node__mount-finding findings-badge--${row.findings.severity}`} title={`${row.findings.severity}: ${row.findings.rules.join(', ')}`}>
          {edgeFindingsText(row.findings)}
        </span>
      )}
      <DeleteButton label={`Unmount ${displayName(row.mount.volume)} from ${container} at ${row.mount.mountPath}`} disabled={locked} onDelete={onUnmount} />
    </li>
  );
}
