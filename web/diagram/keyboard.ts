/**
 * The keyboard alternative to dragging: with a container focused, the arrow keys move
 * it. Left and right reorder it in its lane; up and down move it to the lane above or
 * below, keeping its column where the lane has room. M asks which volume to mount into
 * it, as dragging from it to a volume does.
 */
import { INJECTORS } from '@podsmith/lifecycle';
import type { Edit, Lane } from '@podsmith/manifest';
import type { MountRequest } from './edits';
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

/** Delete on an injected container: nothing to delete, so say why and how to opt out. Undefined on any other node. */
export function injectedNotice(graph: DiagramGraph, nodeId: string): string | undefined {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (node?.type !== 'injected' || !node.data.container.injected) return undefined;
  const { name, injected } = node.data.container;
  return `"${name}" is injected by ${node.data.by} at admission: it is not in the YAML, so there is nothing to delete. To stop it, ${INJECTORS[injected.by].optOut}.`;
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

export function isMountKey(key: string): boolean {
  return key === 'm' || key === 'M';
}

/**
 * M on a container: mount one of the pod's volumes, the first it does not mount yet
 * proposed. Undefined on another node, or when the pod declares no volume.
 */
export function keyboardMountRequest(graph: DiagramGraph, nodeId: string): MountRequest | undefined {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (node?.type !== 'container') return undefined;
  const choices = graph.nodes.flatMap((n) => (n.type === 'volume' && n.data.volume && n.data.name !== '' ? [n.data.name] : []));
  const mounted = new Set(node.data.container.mounts.map((m) => m.volume));
  const volume = choices.find((name) => !mounted.has(name)) ?? choices[0];
  return volume === undefined ? undefined : { container: node.data, volume, choices };
}
