/**
 * layoutPod: the pod as React Flow nodes and edges. Pure and deterministic: every
 * position is a function of lane and index only, so adding a container at the end of
 * a lane moves nothing else, and the same PodView always gives the same graph.
 *
 *   ┌ Pod web ───────────────────────────────────────────────────────────┐
 *   │            ┌ Init containers ──────────────────┐                     │
 *   │            │ [1 wait-for-db] [2 migrate]  ...  │        [volume a]   │
 *   │ [localhost]├ Native sidecars ──────────────────┤        [volume b]   │
 *   │            │ [3 log-collector]            ...  │                     │
 *   │            ├ Main containers ──────────────────┤                     │
 *   │            │ [app]                        ...  │                     │
 *   │            └───────────────────────────────────┘                     │
 *   └────────────────────────────────────────────────────────────────────┘
 *
 * The network namespace sits left of the lanes and the volumes right of them, so
 * port edges leave containers on one side and mount edges on the other.
 */
import { INJECTORS } from '@podsmith/lifecycle';
import type { ContainerView, PodView, VolumeView } from '@podsmith/manifest';
import type { ContainerNode, DiagramEdge, DiagramGraph, DiagramNode, InjectedNode, LaneNode, MountEdge, NetworkEdge, VolumeNode } from './graph';
import { LANES } from './lanes';
import { NODE_KINDS } from './kinds/registry';
import { containerAriaLabel, displayName, injectedAriaLabel, mountAriaLabel, mountLabel, podTitle, portsLabel, volumeAriaLabel } from './labels';

/** Every size is fixed here (the CSS fills the boxes), so layout never waits for the DOM. */
const SIZE = {
  container: { width: 200, height: 88 },
  volume: { width: 180, height: 60 },
  network: { width: 130, height: 52 },
} as const;

const POD_PADDING = 16;
const POD_HEADER = 40;
const LANE_HEADER = 44;
const LANE_PADDING = 12;
const LANE_GAP = 12;
const LANE_HEIGHT = LANE_HEADER + SIZE.container.height + LANE_PADDING;
const COLUMN = SIZE.container.width + 20;
/** Lanes are at least this many columns wide, so there is room to drop before anything exists. */
const MIN_COLUMNS = 2;
/** Room between columns for edges and their labels. */
const EDGE_GAP = 44;
const LANES_X = POD_PADDING + SIZE.network.width + EDGE_GAP;
const VOLUME_GAP = 16;

/** The pod frame sits at the origin: positions relative to it are flow positions too. */
export const POD_NODE_ID = 'pod';
const NETWORK_NODE_ID = 'network';

const laneNodeId = (lane: string): string => `lane:${lane}`;
const containerNodeId = (container: ContainerView): string => (container.injected ? `injected:${container.id}` : `container:${container.id}`);

/**
 * `injected`: the containers admission webhooks add (@podsmith/lifecycle's
 * injectedContainers). They are drawn after the written ones of their lane, so the
 * written containers keep the positions that drops and moves are computed from.
 */
export function layoutPod(pod: PodView, injected: readonly ContainerView[] = []): DiagramGraph {
  // Ephemeral containers are added by `kubectl debug` to running pods; they have no lane to design in.
  const designed = pod.containers.filter((c) => c.lane !== 'ephemeral');
  const byLane = LANES.map(({ lane }) => designed.filter((c) => c.lane === lane));
  const injectedByLane = LANES.map(({ lane }) => injected.filter((c) => c.lane === lane));
  const columns = Math.max(MIN_COLUMNS, ...byLane.map((members, i) => members.length + injectedByLane[i]!.length + 1));
  const laneWidth = 2 * LANE_PADDING + columns * COLUMN - (COLUMN - SIZE.container.width);
  const volumesX = LANES_X + laneWidth + EDGE_GAP;

  const lanes: LaneNode[] = LANES.map(({ lane }, i) => ({
    id: laneNodeId(lane),
    type: 'lane',
    parentId: POD_NODE_ID,
    position: { x: LANES_X, y: laneY(i) },
    ...sized({ width: laneWidth, height: LANE_HEIGHT }),
    data: { kind: 'lane', lane, count: byLane[i]!.length + injectedByLane[i]!.length },
    ...NODE_KINDS.lane.flags,
    ariaLabel: LANES[i]!.title,
  }));

  const containers: ContainerNode[] = byLane.flatMap((members, i) =>
    members.map((container, laneIndex) => ({
      id: containerNodeId(container),
      type: 'container',
      parentId: POD_NODE_ID,
      position: { x: LANES_X + LANE_PADDING + laneIndex * COLUMN, y: laneY(i) + LANE_HEADER },
      ...sized(SIZE.container),
      ...NODE_KINDS.container.flags,
      ariaLabel: containerAriaLabel(container),
      data: { kind: 'container', pod: pod.ref, container, lane: LANES[i]!.lane, laneIndex },
    })),
  );

  const ghosts: InjectedNode[] = injectedByLane.flatMap((members, i) =>
    members.map((container, g) => ({
      id: containerNodeId(container),
      type: 'injected',
      parentId: POD_NODE_ID,
      position: { x: LANES_X + LANE_PADDING + (byLane[i]!.length + g) * COLUMN, y: laneY(i) + LANE_HEADER },
      ...sized(SIZE.container),
      ...NODE_KINDS.injected.flags,
      ariaLabel: injectedAriaLabel(container),
      data: { kind: 'injected', container, lane: LANES[i]!.lane, by: container.injected ? INJECTORS[container.injected.by].title : '' },
    })),
  );

  const volumeIds = volumeNodeIds(pod.volumes);
  const missing = missingVolumeNames(pod.volumes, designed);
  const volumes: VolumeNode[] = [
    ...pod.volumes.map((volume, i) => ({ id: volumeIds[i]!, volume, name: volume.name })),
    ...missing.map((name) => ({ id: volumeNodeId(name), volume: undefined, name })),
  ].map(({ id, volume, name }, i) => ({
    id,
    type: 'volume',
    parentId: POD_NODE_ID,
    position: { x: volumesX, y: POD_HEADER + i * (SIZE.volume.height + VOLUME_GAP) },
    ...sized(SIZE.volume),
    ...NODE_KINDS.volume.flags,
    ariaLabel: volumeAriaLabel(name, volume),
    data: { kind: 'volume', pod: pod.ref, volume, name },
  }));

  const listeners = [...designed, ...injected].filter((c) => c.ports.length > 0);
  const network: DiagramNode = {
    id: NETWORK_NODE_ID,
    type: 'network',
    parentId: POD_NODE_ID,
    // Level with the middle lane, where the edges to all three lanes are shortest.
    position: { x: POD_PADDING, y: laneY(1) + LANE_HEADER + (SIZE.container.height - SIZE.network.height) / 2 },
    ...sized(SIZE.network),
    ...NODE_KINDS.network.flags,
    ariaLabel: `Shared network namespace (localhost), ${listeners.length} ${listeners.length === 1 ? 'container listens' : 'containers listen'}`,
    data: { kind: 'network', listeners: listeners.length },
  };

  const lanesBottom = laneY(LANES.length - 1) + LANE_HEIGHT;
  const volumesBottom = POD_HEADER + volumes.length * (SIZE.volume.height + VOLUME_GAP) - VOLUME_GAP;
  const frame: DiagramNode = {
    id: POD_NODE_ID,
    type: 'pod',
    position: { x: 0, y: 0 },
    ...sized({ width: volumesX + SIZE.volume.width + POD_PADDING, height: Math.max(lanesBottom, volumesBottom) + POD_PADDING }),
    ...NODE_KINDS.pod.flags,
    ariaLabel: podTitle(pod),
    data: { kind: 'pod', title: podTitle(pod) },
  };

  const mountEdges: MountEdge[] = designed.flatMap((container) =>
    container.mounts.map((mount) => ({
      id: `mount:${container.id}:${mount.index}`,
      type: 'mount',
      source: containerNodeId(container),
      sourceHandle: 'mount',
      target: volumeTarget(mount.volume, pod.volumes, volumeIds),
      targetHandle: 'mount',
      ariaLabel: mountAriaLabel(container, mount),
      data: { kind: 'mount', pod: pod.ref, container: { id: container.id, ref: container.ref, name: container.name }, mount, label: mountLabel(mount) },
    })),
  );

  const networkEdges: NetworkEdge[] = listeners.map((container) => ({
    id: `net:${container.id}`,
    type: 'default',
    source: NETWORK_NODE_ID,
    sourceHandle: 'net',
    target: containerNodeId(container),
    targetHandle: 'net',
    label: portsLabel(container.ports),
    ariaLabel: `${displayName(container.name)} listens on localhost: ${portsLabel(container.ports)}`,
    // Ports are changed in the inspector; an edge with nothing to do stays out of the tab order.
    selectable: false,
    focusable: false,
    deletable: false,
    className: 'network-edge',
    data: { kind: 'network' },
  }));

  // Parents before children, as React Flow requires; then the order Tab follows:
  // containers in start order, the injected ones, the network, the volumes.
  const nodes: DiagramNode[] = [frame, ...lanes, ...containers, ...ghosts, network, ...volumes];
  const edges: DiagramEdge[] = [...networkEdges, ...mountEdges];
  return { nodes, edges };
}

function laneY(index: number): number {
  return POD_HEADER + index * (LANE_HEIGHT + LANE_GAP);
}

/**
 * Width and height for React Flow, and the same as `measured`: the size is known, so a
 * re-created node object keeps its handles (its edges do not blink while it is dragged)
 * and a fitView never waits for the DOM to measure what layout already knows.
 */
function sized(size: { readonly width: number; readonly height: number }) {
  return { width: size.width, height: size.height, measured: { width: size.width, height: size.height } };
}

const volumeNodeId = (name: string): string => `volume:${name}`;

/** One id per declared volume; a repeated or empty name (invalid, but typed) still gets its own node. */
function volumeNodeIds(volumes: readonly VolumeView[]): string[] {
  const seen = new Set<string>();
  return volumes.map((v) => {
    const id = v.name !== '' && !seen.has(v.name) ? volumeNodeId(v.name) : `volume:#${v.index}`;
    seen.add(v.name);
    return id;
  });
}

/** Names that mounts refer to but no volume declares, in order of first use: shown, so the mistake is visible. */
function missingVolumeNames(volumes: readonly VolumeView[], containers: readonly ContainerView[]): string[] {
  const declared = new Set(volumes.map((v) => v.name));
  return [...new Set(containers.flatMap((c) => c.mounts.map((m) => m.volume)))].filter((name) => !declared.has(name));
}

/** A mount goes to the first volume of its name, as the kubelet resolves it. */
function volumeTarget(name: string, volumes: readonly VolumeView[], ids: readonly string[]): string {
  const i = volumes.findIndex((v) => v.name === name);
  return i >= 0 ? ids[i]! : volumeNodeId(name);
}
