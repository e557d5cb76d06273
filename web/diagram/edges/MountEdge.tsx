import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { MountEdge as MountFlowEdge } from '../graph';
import { displayName } from '../labels';
import { useDiagramActions } from '../actions';
import { DeleteButton } from '../DeleteButton';

/** A volumeMount: the path (and read-only, subPath) in words on the edge, with a button to unmount. */
export const MountEdge = memo(function MountEdge(props: EdgeProps<MountFlowEdge>) {
  const { remove } = useDiagramActions();
  const [path, labelX, labelY] = getBezierPath(props);
  const { data } = props;
  if (!data) return null;
  const readOnly = data.mount.readOnly;
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} className={readOnly ? 'mount-edge mount-edge--read-only' : 'mount-edge'} />
      <EdgeLabelRenderer>
        <div
          className={`mount-edge__label nodrag nopan${props.selected ? ' mount-edge__label--selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          <span>{data.label}</span>
          <DeleteButton
            label={`Unmount ${displayName(data.mount.volume)} from ${displayName(data.container.name)} at ${data.mount.mountPath}`}
            disabled={data.locked}
            onDelete={() => remove(props.id)}
          />
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
