import type { VolumeNode } from '../graph';
import { VolumeNode as VolumeComponent } from '../nodes/VolumeNode';
import type { NodeKind } from './kind';
import { CONTENT_Z } from './zIndex';

/** A volume: containers connect to it to mount it; deleting it removes its mounts too. */
export const volumeKind: NodeKind<VolumeNode> = {
  type: 'volume',
  component: VolumeComponent,
  flags: { zIndex: CONTENT_Z, draggable: false },
  showsFindings: true,
  selection: (node) => ({ type: 'volume', name: node.data.name }),
  // A volume that mounts name but the pod does not declare has nothing to remove: its mounts are deleted one by one.
  removal: (node) => (node.data.volume ? { kind: 'removeVolume', pod: node.data.pod, name: node.data.name } : undefined),
  view(node, { locked }, selected) {
    if (!selected && !locked) return node;
    return { ...node, selected, connectable: !locked, data: locked ? { ...node.data, locked: true } : node.data };
  },
};
