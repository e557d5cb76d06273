import type { InjectedNode } from '../graph';
import { InjectedNode as InjectedComponent } from '../nodes/InjectedNode';
import { selectedView, type NodeKind } from './kind';
import { CONTENT_Z } from './zIndex';

/** A container added at admission: selected to read about it, never moved or deleted (it is not in the YAML). */
export const injectedKind: NodeKind<InjectedNode> = {
  type: 'injected',
  component: InjectedComponent,
  flags: { zIndex: CONTENT_Z, draggable: false, connectable: false, deletable: false },
  showsFindings: true,
  selection: (node) => ({ type: 'injected', name: node.data.container.name }),
  removal: () => undefined,
  view: selectedView,
};
