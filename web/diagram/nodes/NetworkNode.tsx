import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { NetworkNode as NetworkFlowNode } from '../graph';

/** The pod's one network namespace: every container reaches the others' ports on localhost. */
export const NetworkNode = memo(function NetworkNode({ data }: NodeProps<NetworkFlowNode>) {
  return (
    <div className="network-node">
      <span className="network-node__name">localhost</span>
      <span className="network-node__hint">{data.listeners === 0 ? 'no ports declared' : 'shared network namespace'}</span>
      <Handle type="source" position={Position.Left} id="net" isConnectable={false} className="handle handle--net" />
    </div>
  );
});
