import type { ReferenceNode } from '../graph';
import { ReferenceNode as ReferenceComponent } from '../nodes/ReferenceNode';
import type { NodeKind } from './kind';

/** A Secret or ConfigMap the env reads: read from the diagram, edited in the YAML (it is not the pod's). */
export const referenceKind: NodeKind<ReferenceNode> = {
  type: 'reference',
  component: ReferenceComponent,
  flags: { draggable: false, selectable: false, connectable: false, deletable: false },
  showsFindings: false,
  selection: () => undefined,
  removal: () => undefined,
  view: (node) => node,
};
