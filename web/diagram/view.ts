/**
 * What the canvas shows on top of the layout: the store's selection, the container
 * being dragged, the lane a drag is over, and whether edits are locked. Pure; a node
 * object is replaced only when something about it changes, so React Flow re-renders
 * only that node.
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Lane } from '@podsmith/manifest';
import type { Selection } from '../store/selection';
import type { DiagramEdge, DiagramGraph, DiagramNode } from './graph';
import type { Point } from './drop';
import { kindOf } from './kinds/registry';
import { edgeKindOf } from './kinds/edges';

export interface ViewState {
  readonly selection: Selection | undefined;
  /** The text does not parse: the diagram shows the last good pod and refuses edits. */
  readonly locked: boolean;
  readonly dropLane?: Lane;
}

export interface Drag {
  readonly id: string;
  readonly position: Point;
}

/** What selecting this node means to the rest of the app (the inspector edits it). */
export function nodeSelection(node: DiagramNode): Selection | undefined {
  return kindOf(node).selection(node);
}

export function edgeSelection(edge: DiagramEdge): Selection | undefined {
  return edgeKindOf(edge).selection(edge);
}

export function sameSelection(a: Selection | undefined, b: Selection | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  switch (a.type) {
    case 'container':
      return b.type === 'container' && a.id === b.id;
    case 'volume':
    case 'injected':
      return b.type === a.type && a.name === b.name;
    case 'mount':
      return b.type === 'mount' && a.containerId === b.containerId && a.index === b.index;
    case 'pod':
    case 'network':
      return a.type === b.type;
  }
}

export function viewNodes(nodes: readonly DiagramNode[], state: ViewState): DiagramNode[] {
  return nodes.map((node) => kindOf(node).view(node, state, sameSelection(nodeSelection(node), state.selection)));
}

export function viewEdges(edges: readonly DiagramEdge[], state: ViewState): DiagramEdge[] {
  return edges.map((edge) => {
    if (edge.type !== 'mount' || !edge.data) return edge;
    const selected = sameSelection(edgeSelection(edge), state.selection);
    return selected || state.locked ? { ...edge, selected, data: state.locked ? { ...edge.data, locked: true } : edge.data } : edge;
  });
}

/** The dragged node at the pointer; every other node keeps its object. */
export function withDrag(nodes: readonly DiagramNode[], drag: Drag | undefined): DiagramNode[] {
  if (!drag) return [...nodes];
  return nodes.map((node) => (node.id === drag.id ? { ...node, position: drag.position } : node));
}

/** One selected/deselected element, as React Flow reports it, in store terms. */
export interface SelectionChange {
  readonly selection: Selection | undefined;
  readonly selected: boolean;
}

/** What selecting the node or edge with this id means, or undefined (a lane, a network edge). */
export function elementSelection(graph: DiagramGraph, id: string): Selection | undefined {
  const node = graph.nodes.find((n) => n.id === id);
  if (node) return nodeSelection(node);
  const edge = graph.edges.find((e) => e.id === id);
  return edge && edgeSelection(edge);
}

/** React Flow's node or edge changes, keeping the select ones, in store terms. */
export function selectionChanges(
  graph: DiagramGraph,
  changes: readonly (NodeChange<DiagramNode> | EdgeChange<DiagramEdge>)[],
): SelectionChange[] {
  return changes.flatMap((c) => (c.type === 'select' ? [{ selection: elementSelection(graph, c.id), selected: c.selected }] : []));
}

/**
 * The store selection after React Flow's select changes. A deselect clears the
 * selection only if it is about the selected element: selecting a node also reports
 * the edges it deselects, which must not undo the new selection.
 */
export function selectionAfter(current: Selection | undefined, changes: readonly SelectionChange[]): Selection | undefined {
  let next = current;
  for (const change of changes) {
    if (change.selected) next = change.selection;
    else if (sameSelection(change.selection, next)) next = undefined;
  }
  return next;
}
