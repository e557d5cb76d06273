/**
 * The keyboard alternative to dragging: with a container focused, the arrow keys move
 * it. Left and right reorder it in its lane; up and down move it to the lane above or
 * below, keeping its column where the lane has room.
 */
import type { Edit, Lane } from '@podsmith/manifest';
import type { DiagramGraph } from './graph';
import { LANES } from './lanes';

const MOVE_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
export type MoveKey = (typeof MOVE_KEYS)[number];

export function isMoveKey(key: string): key is MoveKey {
  return (MOVE_KEYS as readonly string[]).includes(key);
}

/** Delete and Backspace both delete, as in most editors (Backspace is Delete on a Mac keyboard). */
export function isDeleteKey(key: string): boolean {
  return key === 'Delete' || key === 'Backspace';
}

export function keyboardMoveEdit(graph: DiagramGraph, nodeId: string, key: MoveKey): Edit | undefined {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (node?.type !== 'container') return undefined;
  const { pod, container, lane, laneIndex } = node.data;
  const laneCount = (l: Lane) => graph.nodes.filter((n) => n.type === 'container' && n.data.lane === l).length;

  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const index = laneIndex + (key === 'ArrowLeft' ? -1 : 1);
    if (index < 0 || index >= laneCount(lane)) return undefined;
    return { kind: 'moveContainer', pod, container: container.ref, lane, index };
  }
  const at = LANES.findIndex((l) => l.lane === lane);
  const target = LANES[at + (key === 'ArrowUp' ? -1 : 1)];
  if (!target) return undefined;
  return { kind: 'moveContainer', pod, container: container.ref, lane: target.lane, index: Math.min(laneIndex, laneCount(target.lane)) };
}
