import type { NetworkNode } from '../graph';
import { NetworkNode as NetworkComponent } from '../nodes/NetworkNode';
import { selectedView, type NodeKind } from './kind';
import { CONTENT_Z } from './zIndex';

/** The pod's network namespace: selected to read about it, nothing to delete. */
export const networkKind: NodeKind<NetworkNode> = {
  type: 'network',
  component: NetworkComponent,
  flags: { zIndex: CONTENT_Z, draggable: false, connectable: false },
  showsFindings: false,
  selection: () => ({ type: 'network' }),
  removal: () => undefined,
  view: selectedView,
};
