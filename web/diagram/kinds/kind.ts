/**
 * A node kind: everything the diagram knows about one type of node, in one place (as
 * tldraw's shape utils are). Layout places nodes, the canvas renders and selects them,
 * gestures remove them, all through the kind's entry in NODE_KINDS (registry.ts);
 * adding a kind to DiagramNode without an entry there does not compile.
 */
import type { ComponentType } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { Edit } from '@podsmith/manifest';
import type { Selection } from '../../store/selection';
import type { DiagramNode } from '../graph';
import type { ViewState } from '../view';

export type NodeType = NonNullable<DiagramNode['type']>;
/** The node of one type (React Flow's `type` is optional, hence `type?`). */
export type NodeOf<T extends NodeType> = Extract<DiagramNode, { type?: T }>;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** React Flow's flags a kind always sets the same way. */
export type NodeFlags = Partial<Pick<Node, 'draggable' | 'selectable' | 'focusable' | 'connectable' | 'deletable' | 'zIndex' | 'ariaRole'>>;

export interface NodeKind<N extends DiagramNode> {
  readonly type: NonNullable<N['type']>;
  /** What React Flow renders for it (nodeTypes). */
  readonly component: ComponentType<NodeProps<N>>;
  /** Layout: its flags; every node of the kind gets them. */
  readonly flags: NodeFlags;
  /** Whether the node shows the findings about what it stands for (decorate.ts). */
  readonly showsFindings: boolean;
  /** What selecting it means to the rest of the app (the inspector edits it); undefined: nothing. */
  selection(node: N): Selection | undefined;
  /** The Edit that deletes what it stands for; undefined: nothing to delete. */
  removal(node: N): Edit | undefined;
  /** The node as the canvas shows it now; the same object when nothing about it changes. */
  view(node: N, state: ViewState, selected: boolean): N;
}

/** How most kinds show the selection: `selected` set, the object kept otherwise. */
export function selectedView<N extends DiagramNode>(node: N, _state: ViewState, selected: boolean): N {
  return selected ? { ...node, selected } : node;
}
