import type { PodFrameNode } from '../graph';
import { PodFrame } from '../nodes/PodFrame';
import { selectedView, type NodeKind } from './kind';

/** The pod frame: selecting it edits the pod; it is deleted in the YAML, not here. */
export const podKind: NodeKind<PodFrameNode> = {
  type: 'pod',
  component: PodFrame,
  flags: { draggable: false, connectable: false },
  showsFindings: true,
  selection: () => ({ type: 'pod' }),
  removal: () => undefined,
  view: selectedView,
};
