import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ReferenceNode as ReferenceFlowNode } from '../graph';
import { referenceTitle } from '../labels';

const ICON = { secret: '🔑', configMap: '⚙' } as const;

/** A Secret or ConfigMap the env reads: outside the pod, its edges going to the containers that read it. */
export const ReferenceNode = memo(function ReferenceNode({ data }: NodeProps<ReferenceFlowNode>) {
  return (
    <div className={`reference-node reference-node--${data.reference}`}>
      <span className="reference-node__name">
        <span aria-hidden="true">{ICON[data.reference]} </span>
        {referenceTitle({ kind: data.reference, name: data.name })}
      </span>
      <span className="reference-node__hint">env of {data.users === 1 ? '1 container' : `${data.users} containers`}</span>
      <Handle type="source" position={Position.Top} id="env" isConnectable={false} className="handle handle--env" />
    </div>
  );
});
