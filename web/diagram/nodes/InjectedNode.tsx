import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { InjectedNode as InjectedFlowNode } from '../graph';
import { ordinal, portsLabel } from '../labels';
import { FindingsBadge } from '../FindingsBadge';

/**
 * A container an admission webhook adds: dashed, and saying so in words ("injected by
 * Istio"). No delete button and no mount handle: it is not in the YAML; the inspector
 * says where it comes from and how to opt out.
 */
export const InjectedNode = memo(function InjectedNode({ data }: NodeProps<InjectedFlowNode>) {
  const { container } = data;
  return (
    <div className={`container-node container-node--injected container-node--${data.lane}`}>
      <Handle type="target" position={Position.Left} id="net" isConnectable={false} className="handle handle--net" />
      <header className="container-node__header">
        {container.initOrder !== undefined && (
          <span className="container-node__order container-node__order--injected" title={`Starts ${ordinal(container.initOrder)} in the running pod`}>
            {container.initOrder}
          </span>
        )}
        <span className="container-node__name">{container.name}</span>
        {data.findings && <FindingsBadge findings={data.findings} />}
      </header>
      <div className="container-node__injected">injected by {data.by}</div>
      <div className="container-node__image" title={container.image}>
        {container.image}
        {container.ports.length > 0 ? ` · ${portsLabel(container.ports)}` : ''}
      </div>
    </div>
  );
});
