import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { MountEdge as MountFlowEdge } from '../graph';
import { displayName } from '../labels';
import { useDiagramActions } from '../actions';
import { DeleteButton } from '../DeleteButton';
import { edgeFindingsText } from '../decorate';
import { EdgeLabel } from './labelLayer';

/** A volumeMount: the path (and read-only, subPath) in words on the edge, with a button to unmount. */
export const MountEdge = memo(function MountEdge(props: EdgeProps<MountFlowEdge>) {
  const { remove } = useDiagramActions();
  const [path, labelX, labelY] = getBezierPath(props);
  const { data } = props;
  if (!data) return null;
  const { findings } = data;
  const className = ['mount-edge', data.mount.readOnly && 'mount-edge--read-only', findings && `mount-edge--finding mount-edge--${findings.severity}`]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} className={className} />
      <EdgeLabel>
        <div
          className={`mount-edge__label nodrag nopan${props.selected ? ' mount-edge__label--selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          <span>{data.label}</span>
          {findings && (
            <span className={`mount-edge__finding findings-badge--${findings.severity}`} title={`${findings.severity}: ${findings.rules.join(', ')}`}>
              {edgeFindingsText(findings)}
            </span>
          )}
          <DeleteButton
            label={`Unmount ${displayName(data.mount.volume)} from ${displayName(data.container.name)} at ${data.mount.mountPath}`}
            disabled={data.locked}
            onDelete={() => remove(props.id)}
          />
        </div>
      </EdgeLabel>
    </>
  );
});
