import type { LaneNode } from '../graph';
import { LaneNode as LaneComponent } from '../nodes/LaneNode';
import type { NodeKind } from './kind';

/** A lane: a region to drop into, never selected; it says so when a drag is over it. */
export const laneKind: NodeKind<LaneNode> = {
  type: 'lane',
  component: LaneComponent,
  flags: { draggable: false, selectable: false, focusable: false, connectable: false, ariaRole: 'region' },
  showsFindings: false,
  selection: () => undefined,
  removal: () => undefined,
  view(node, state) {
    const dropTarget = node.data.lane === state.dropLane;
    return dropTarget ? { ...node, data: { ...node.data, dropTarget } } : node;
  },
};
