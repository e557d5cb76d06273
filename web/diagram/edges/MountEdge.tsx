import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { MountEdge as MountFlowEdge } from '../graph';

/**
 * A volumeMount: a line from the container to the mount's row in the volume, which says
 * where and how it is mounted and holds the button to unmount (nodes/VolumeNode.tsx).
 * Read-only is dashed, a finding dotted (and named in the row).
 */
export const MountEdge = memo(function MountEdge(props: EdgeProps<MountFlowEdge>) {
  const [path] = getBezierPath(props);
  const { data } = props;
  if (!data) return null;
  const { findings } = data;
  const className = ['mount-edge', data.mount.readOnly && 'mount-edge--read-only', findings && `mount-edge--finding mount-edge--${findings.severity}`]
    .filter(Boolean)
    .join(' ');
  return <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} className={className} />;
});
