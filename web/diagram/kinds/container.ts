import type { ContainerNode } from '../graph';
import { ContainerNode as ContainerComponent } from '../nodes/ContainerNode';
import type { NodeKind } from './kind';
import { CONTENT_Z } from './zIndex';

/** A container of the YAML: dragged between lanes, connected to volumes, deleted. */
export const containerKind: NodeKind<ContainerNode> = {
  type: 'container',
  component: ContainerComponent,
  flags: { zIndex: CONTENT_Z },
  showsFindings: true,
  selection: (node) => ({ type: 'container', id: node.data.container.id }),
  removal: (node) => ({ kind: 'removeContainer', pod: node.data.pod, container: node.data.container.ref }),
  view(node, { locked }, selected) {
    if (!selected && !locked) return node;
    return { ...node, selected, draggable: !locked, connectable: !locked, data: locked ? { ...node.data, locked: true } : node.data };
  },
};
