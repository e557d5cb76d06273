/**
 * layoutPod: the pod as React Flow nodes and edges. Pure and deterministic: every
 * position is a function of lane and index only, so adding a container at the end of
 * a lane moves nothing else, and the same PodView always gives the same graph.
 *
 *   ┌ Pod web ─────────────────────────────────────────────────┐
 *   │ ┌ Init containers ──────────────────────┐   [localhost]   │
 *   │ │ [1 wait-for-db] [2 migrate]       ... │                 │
 *   │ ├ Native sidecars ──────────────────────┤   [volume a     │
 *   │ │ [3 log-collector]                 ... │    app  /logs]  │
 *   │ ├ Main containers ──────────────────────┤   [volume b]    │
 *   │ │ [app]                             ... │                 │
 *   │ └───────────────────────────────────────┘                 │
 *   └───────────────────────────────────────────────────────────┘
 *     [Secret db-credentials]  [ConfigMap app-config]
 *
 * The lanes take the width; the network namespace and the volumes share one column on
 * their right, where every edge leaves a container. Edges carry no labels: a volume
 * lists its mounts (who, where) in rows, each mount's edge ending at its row, and a
 * container lists its ports; so no label can overlap another or a node, however many
 * there are. Secrets and ConfigMaps the env reads sit under the frame: not the pod's.
 */
import { INJECTORS } from '@podsmith/lifecycle';
import type { ContainerView, PodView, VolumeView } from '@podsmith/manifest';
import type {
  ContainerNode,
  DiagramEdge,
  DiagramGraph,
  DiagramNode,
  InjectedNode,
  LaneNode,
  MountEdge,
  NetworkEdge,
  ReferenceNode,
  VolumeMountRow,
  VolumeNode,
} from './graph';
import { LANES } from './lanes';
import { NODE_KINDS } from './kinds/registry';
import { chipsText, containerChips } from './chips';
import { claimTemplates, type ClaimTemplate } from './claims';
import { envReferences } from './references';
import {
  containerAriaLabel,
  displayName,
  injectedAriaLabel,
  mountAriaLabel,
  mountLabel,
  podTitle,
  portsLabel,
  referenceAriaLabel,
  volumeAriaLabel,
} from './labels';

/** Every size is fixed here (the CSS fills the boxes), so layout never waits for the DOM. */
const SIZE = {
  container: { width: 244, height: 112 },
  network: { width: 216, height: 52 },
  reference: { width: 200, height: 52 },
} as const;

const VOLUME_WIDTH = 216;
/** A volume's name and type, then one row per mount. */
export const VOLUME_HEAD = 46;
export const MOUNT_ROW = 38;

const POD_PADDING = 14;
const POD_HEADER = 40;
const LANE_HEADER = 44;
const LANE_PADDING = 10;
const LANE_GAP = 10;
const LANE_HEIGHT = LANE_HEADER + SIZE.container.height + LANE_PADDING;
const COLUMN_GAP = 16;
const COLUMN = SIZE.container.width + COLUMN_GAP;
/** Lanes are at least this many columns wide, so there is room to drop before anything exists. */
const MIN_COLUMNS = 2;
/** Room after the last container of the longest lane, to drop at its end. */
const DROP_ROOM = 32;
/** Room between the lanes and the column on their right, for the edges. */
const EDGE_GAP = 40;
const LANES_X = POD_PADDING;
const RIGHT_GAP = 12;
const REFERENCE_GAP = 32;

/** The pod frame sits at the origin: positions relative to it are flow positions too. */
export const POD_NODE_ID = 'pod';
const NETWORK_NODE_ID = 'network';

const laneNodeId = (lane: string): string => `lane:${lane}`;
const containerNodeId = (container: ContainerView): string => (container.injected ? `injected:${container.id}` : `container:${container.id}`);
const mountEdgeId = (container: ContainerView, index: number): string => `mount:${container.id}:${index}`;

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
  const columns = Math.max(MIN_COLUMNS, ...byLane.map((members, i) => members.length + injectedByLane[i]!.length));
  const laneWidth = 2 * LANE_PADDING + columns * COLUMN - COLUMN_GAP + DROP_ROOM;
  const rightX = LANES_X + laneWidth + EDGE_GAP;

  const lanes: LaneNode[] = LANES.map(({ lane }, i) => ({
    id: laneNodeId(lane),
    type: 'lane',
    parentId: POD_NODE_ID,
    position: { x: LANES_X, y: laneY(i) },
    ...sized({ width: laneWidth, height: LANE_HEIGHT }),
    ...NODE_KINDS.lane.flags,
    ariaLabel: LANES[i]!.title,
    data: { kind: 'lane', lane, count: byLane[i]!.length + injectedByLane[i]!.length },
  }));

  const containers: ContainerNode[] = byLane.flatMap((members, i) =>
    members.map((container, laneIndex) => {
      const chips = containerChips(container);
      return {
        id: containerNodeId(container),
        type: 'container',
        parentId: POD_NODE_ID,
        position: { x: LANES_X + LANE_PADDING + laneIndex * COLUMN, y: laneY(i) + LANE_HEADER },
        ...sized(SIZE.container),
        ...NODE_KINDS.container.flags,
        ariaLabel: `${containerAriaLabel(container)}; ${chipsText(chips)}`,
        data: { kind: 'container', pod: pod.ref, container, lane: LANES[i]!.lane, laneIndex, chips },
      };
    }),
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

  const listeners = [...designed, ...injected].filter((c) => c.ports.length > 0);
  const network: DiagramNode = {
    id: NETWORK_NODE_ID,
    type: 'network',
    parentId: POD_NODE_ID,
    position: { x: rightX, y: POD_HEADER },
    ...sized(SIZE.network),
    ...NODE_KINDS.network.flags,
    ariaLabel: `Shared network namespace (localhost), ${listeners.length} ${listeners.length === 1 ? 'container listens' : 'containers listen'}`,
    data: { kind: 'network', listeners: listeners.length },
  };

  const volumeIds = volumeNodeIds(pod.volumes);
  const claims = claimTemplates(pod).filter((claim) => !pod.volumes.some((v) => v.name === claim.name));
  const missing = missingVolumeNames(pod.volumes, claims, designed);
  const rowsByVolume = mountRowsByVolume(designed);
  const volumeEntries: { id: string; volume?: VolumeView; claim?: ClaimTemplate; name: string }[] = [
    ...pod.volumes.map((volume, i) => ({ id: volumeIds[i]!, volume, name: volume.name })),
    ...claims.map((claim) => ({ id: volumeNodeId(claim.name), claim, name: claim.name })),
    ...missing.map((name) => ({ id: volumeNodeId(name), name })),
  ];
  let volumeY = POD_HEADER + SIZE.network.height + RIGHT_GAP;
  const volumes: VolumeNode[] = volumeEntries.map(({ id, volume, claim, name }) => {
    // A repeated name: mounts go to the first volume of it, as the kubelet resolves them.
    const mounts = volumeTarget(name, pod.volumes, volumeIds) === id ? (rowsByVolume.get(name) ?? []) : [];
    const height = VOLUME_HEAD + mounts.length * MOUNT_ROW + (mounts.length > 0 ? 6 : 0);
    const node: VolumeNode = {
      id,
      type: 'volume',
      parentId: POD_NODE_ID,
      position: { x: rightX, y: volumeY },
      ...sized({ width: VOLUME_WIDTH, height }),
      ...NODE_KINDS.volume.flags,
      ariaLabel: volumeAriaLabel(name, volume, claim),
      data: claim ? { kind: 'volume', pod: pod.ref, volume, claim, name, mounts } : { kind: 'volume', pod: pod.ref, volume, name, mounts },
    };
    volumeY += height + RIGHT_GAP;
    return node;
  });

  const lanesBottom = laneY(LANES.length - 1) + LANE_HEIGHT;
  const frameSize = { width: rightX + VOLUME_WIDTH + POD_PADDING, height: Math.max(lanesBottom, volumeY - RIGHT_GAP) + POD_PADDING };
  const frame: DiagramNode = {
    id: POD_NODE_ID,
    type: 'pod',
    position: { x: 0, y: 0 },
    ...sized(frameSize),
    ...NODE_KINDS.pod.flags,
    ariaLabel: podTitle(pod),
    data: { kind: 'pod', title: podTitle(pod) },
  };

  const references = envReferences(pod, designed);
  const referenceNodes: ReferenceNode[] = references.map((reference, i) => ({
    id: `reference:${reference.kind}:${reference.name}`,
    type: 'reference',
    // Outside the frame, so not the pod's child: a Secret or ConfigMap is an object of its own.
    position: { x: POD_PADDING + i * (SIZE.reference.width + COLUMN_GAP), y: frameSize.height + REFERENCE_GAP },
    ...sized(SIZE.reference),
    ...NODE_KINDS.reference.flags,
    ariaLabel: referenceAriaLabel(reference),
    data: { kind: 'reference', reference: reference.kind, name: reference.name, users: reference.containers.length },
  }));

  const mountEdges: MountEdge[] = designed.flatMap((container) =>
    container.mounts.map((mount) => ({
      id: mountEdgeId(container, mount.index),
      type: 'mount',
      source: containerNodeId(container),
      sourceHandle: 'mount',
      target: volumeTarget(mount.volume, pod.volumes, volumeIds),
      targetHandle: mountEdgeId(container, mount.index),
      ariaLabel: mountAriaLabel(container, mount),
      data: { kind: 'mount', pod: pod.ref, container: keyOf(container), mount },
    })),
  );

  const networkEdges: NetworkEdge[] = listeners.map((container) => ({
    id: `net:${container.id}`,
    type: 'default',
    source: NETWORK_NODE_ID,
    sourceHandle: 'net',
    target: containerNodeId(container),
    targetHandle: 'net',
    ariaLabel: `${displayName(container.name)} listens on localhost: ${portsLabel(container.ports)}`,
    // Ports are changed in the inspector; an edge with nothing to do stays out of the tab order.
    selectable: false,
    focusable: false,
    deletable: false,
    className: 'network-edge',
    data: { kind: 'network' },
  }));

  const referenceEdges: NetworkEdge[] = references.flatMap((reference, i) =>
    reference.containers.map((id) => ({
      id: `env:${reference.kind}:${reference.name}:${id}`,
      type: 'default',
      source: referenceNodes[i]!.id,
      sourceHandle: 'env',
      target: `container:${id}`,
      targetHandle: 'env',
      ariaLabel: `${displayName(designed.find((c) => c.id === id)?.name ?? id)} reads env from ${referenceAriaLabel(reference)}`,
      selectable: false,
      focusable: false,
      deletable: false,
      className: 'reference-edge',
      data: { kind: 'reference' },
    })),
  );

  // Parents before children, as React Flow requires; then the order Tab follows:
  // containers in start order, the injected ones, the network, the volumes, the references.
  const nodes: DiagramNode[] = [frame, ...lanes, ...containers, ...ghosts, network, ...volumes, ...referenceNodes];
  const edges: DiagramEdge[] = [...networkEdges, ...mountEdges, ...referenceEdges];
  return { nodes, edges };
}

/** What a mount needs to know of its container (graph.ts: ContainerKey). */
const keyOf = (container: ContainerView) => ({ id: container.id, ref: container.ref, name: container.name });

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

/** Names that mounts refer to but no volume or claim template declares, in order of first use: shown, so the mistake is visible. */
function missingVolumeNames(volumes: readonly VolumeView[], claims: readonly ClaimTemplate[], containers: readonly ContainerView[]): string[] {
  const declared = new Set([...volumes.map((v) => v.name), ...claims.map((c) => c.name)]);
  return [...new Set(containers.flatMap((c) => c.mounts.map((m) => m.volume)))].filter((name) => !declared.has(name));
}

/** Each volume name's mount rows, in container then mount order: read once per layout, not once per volume. */
function mountRowsByVolume(containers: readonly ContainerView[]): Map<string, VolumeMountRow[]> {
  const rows = new Map<string, VolumeMountRow[]>();
  for (const container of containers) {
    for (const mount of container.mounts) {
      const row = { edge: mountEdgeId(container, mount.index), container: keyOf(container), mount, label: mountLabel(mount) };
      const list = rows.get(mount.volume);
      if (list) list.push(row);
      else rows.set(mount.volume, [row]);
    }
  }
  return rows;
}

/** A mount goes to the first volume of its name, as the kubelet resolves it. */
function volumeTarget(name: string, volumes: readonly VolumeView[], ids: readonly string[]): string {
  const i = volumes.findIndex((v) => v.name === name);
  return i >= 0 ? ids[i]! : volumeNodeId(name);
}
