/**
 * Where a drop lands: which lane, and which index in it. Pure geometry over the laid
 * out graph, in flow coordinates (the pod frame sits at the origin).
 */
import type { Lane } from '@podsmith/manifest';
import type { ContainerNode, DiagramGraph, DiagramNode, LaneNode } from './graph';
import { POD_NODE_ID } from './layout';

export interface Point {
  readonly x: number;
  readonly y: number;
}

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function rectOf(node: DiagramNode): Rect {
  return { ...node.position, width: node.width ?? 0, height: node.height ?? 0 };
}

function contains(rect: Rect, p: Point): boolean {
  return p.x >= rect.x && p.x <= rect.x + rect.width && p.y >= rect.y && p.y <= rect.y + rect.height;
}

export function centerOf(node: DiagramNode, position = node.position): Point {
  return { x: position.x + (node.width ?? 0) / 2, y: position.y + (node.height ?? 0) / 2 };
}

/** The lane under a point, or undefined outside every lane. */
export function laneAt(graph: DiagramGraph, point: Point): Lane | undefined {
  const hit = graph.nodes.find((n): n is LaneNode => n.type === 'lane' && contains(rectOf(n), point));
  return hit?.data.lane;
}

export function insidePod(graph: DiagramGraph, point: Point): boolean {
  const frame = graph.nodes.find((n) => n.id === POD_NODE_ID);
  return frame !== undefined && contains(rectOf(frame), point);
}

/**
 * The index a container dropped at `x` takes in `lane`: how many of the lane's other
 * containers have their centre left of it. The container being moved does not count,
 * so within its own lane the result is its final position, which is what
 * moveContainer's `index` means (a position in the lane once the container is cut out).
 */
export function dropIndex(graph: DiagramGraph, lane: Lane, x: number, movingId?: string): number {
  return graph.nodes.filter(
    (n): n is ContainerNode => n.type === 'container' && n.data.lane === lane && n.id !== movingId && centerOf(n).x < x,
  ).length;
}
