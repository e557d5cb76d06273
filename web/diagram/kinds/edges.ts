/**
 * EDGE_KINDS: one entry per edge type, as NODE_KINDS is for nodes (exhaustive by its
 * mapped type): what selecting an edge means and the Edit that deletes it.
 */
import type { Edge, EdgeTypes } from '@xyflow/react';
import type { Edit } from '@podsmith/manifest';
import type { Selection } from '../../store/selection';
import type { DiagramEdge } from '../graph';
import { MountEdge } from '../edges/MountEdge';

type EdgeType = NonNullable<DiagramEdge['type']>;
type EdgeOf<T extends EdgeType> = Extract<DiagramEdge, { type?: T }>;

export interface EdgeKind<E extends Edge> {
  selection(edge: E): Selection | undefined;
  removal(edge: E): Edit | undefined;
}

const EDGE_KINDS: { readonly [T in EdgeType]: EdgeKind<EdgeOf<T>> } = {
  /** A volumeMount: selected to edit it, deleted by unmounting. */
  mount: {
    selection: ({ data }) => data && { type: 'mount', containerId: data.container.id, index: data.mount.index },
    removal: ({ data }) => data && { kind: 'unmountVolume', pod: data.pod, container: data.container.ref, index: data.mount.index },
  },
  /** A localhost edge: ports are changed in the inspector; nothing to select or delete. */
  default: { selection: () => undefined, removal: () => undefined },
};

export function edgeKindOf<E extends DiagramEdge>(edge: E): EdgeKind<E> {
  return EDGE_KINDS[edge.type as EdgeType] as unknown as EdgeKind<E>;
}

/** React Flow's edgeTypes: the kinds drawn by a component of ours (`default` is React Flow's bezier). A module constant. */
export const EDGE_TYPES = { mount: MountEdge } satisfies EdgeTypes;
