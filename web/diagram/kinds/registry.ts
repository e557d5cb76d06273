/**
 * NODE_KINDS: one entry per node type, keyed by it. The mapped type makes the registry
 * exhaustive: a new member of DiagramNode without its entry is a compile error, and
 * nothing dispatches on a node's type through a `switch` with a `default:` branch.
 */
import type { NodeTypes } from '@xyflow/react';
import type { DiagramNode } from '../graph';
import type { NodeKind, NodeOf, NodeType } from './kind';
import { podKind } from './pod';
import { laneKind } from './lane';
import { containerKind } from './container';
import { injectedKind } from './injected';
import { volumeKind } from './volume';
import { networkKind } from './network';
import { referenceKind } from './reference';

type NodeKinds = { readonly [T in NodeType]: NodeKind<NodeOf<T>> };

export const NODE_KINDS: NodeKinds = {
  pod: podKind,
  lane: laneKind,
  container: containerKind,
  injected: injectedKind,
  volume: volumeKind,
  network: networkKind,
  reference: referenceKind,
};

/** The entry for a node's type. */
export function kindOf<N extends DiagramNode>(node: N): NodeKind<N> {
  // Every node is made by layout with its type set; the mapped type ties the entry to it.
  return NODE_KINDS[node.type as NodeType] as unknown as NodeKind<N>;
}

/** React Flow's nodeTypes, from the registry. A module constant: React Flow re-creates every node when it changes identity. */
export const NODE_TYPES = Object.fromEntries(Object.entries(NODE_KINDS).map(([type, kind]) => [type, kind.component])) as NodeTypes;
