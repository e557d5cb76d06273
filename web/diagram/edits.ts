/** Diagram gestures as Edit values. Pure: the Diagram dispatches what these return. */
import type { Edit } from '@podsmith/manifest';
import type { ContainerData, DiagramGraph } from './graph';
import { dropIndex, laneAt, type Point } from './drop';
import { kindOf } from './kinds/registry';
import { edgeKindOf } from './kinds/edges';

/**
 * A container node let go with its centre at `center`: a moveContainer to the lane and
 * index there, or undefined when it is outside every lane or back where it was.
 * Moving to the sidecar lane makes a native sidecar (applyEdit sets restartPolicy: Always).
 */
export function moveEdit(graph: DiagramGraph, nodeId: string, center: Point): Edit | undefined {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (node?.type !== 'container') return undefined;
  const lane = laneAt(graph, center);
  if (lane === undefined) return undefined;
  const index = dropIndex(graph, lane, center.x, nodeId);
  const { pod, container, laneIndex } = node.data;
  if (lane === node.data.lane && index === laneIndex) return undefined;
  return { kind: 'moveContainer', pod, container: container.ref, lane, index };
}

/** Delete a node or an edge: what its kind says deleting it means (a container, a volume with its mounts, one mount). */
export function removalEdit(graph: DiagramGraph, id: string): Edit | undefined {
  const node = graph.nodes.find((n) => n.id === id);
  if (node) return kindOf(node).removal(node);
  const edge = graph.edges.find((e) => e.id === id);
  return edge && edgeKindOf(edge).removal(edge);
}

export interface MountRequest {
  readonly container: ContainerData;
  /** The volume proposed. */
  readonly volume: string;
  /** The volumes the dialog offers: after a drag, the one it ended on; from the keyboard, every one declared. */
  readonly choices: readonly string[];
}

/** What the mount dialog answers. */
export interface MountAnswer {
  readonly volume: string;
  readonly mountPath: string;
  readonly readOnly: boolean;
}

export function mountEdit(request: MountRequest, { volume, mountPath, readOnly }: MountAnswer): Edit {
  return {
    kind: 'mountVolume',
    pod: request.container.pod,
    container: request.container.container.ref,
    mount: readOnly ? { name: volume, mountPath, readOnly } : { name: volume, mountPath },
  };
}

/** A connection React Flow reports, as a mount request, or undefined unless it joins a container to a declared volume. */
export function mountRequest(graph: DiagramGraph, source: string, target: string): MountRequest | undefined {
  const from = graph.nodes.find((n) => n.id === source);
  const to = graph.nodes.find((n) => n.id === target);
  if (from?.type !== 'container' || to?.type !== 'volume' || !to.data.volume) return undefined;
  return { container: from.data, volume: to.data.name, choices: [to.data.name] };
}
