import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { PodFrame } from './nodes/PodFrame';
import { LaneNode } from './nodes/LaneNode';
import { ContainerNode } from './nodes/ContainerNode';
import { InjectedNode } from './nodes/InjectedNode';
import { VolumeNode } from './nodes/VolumeNode';
import { NetworkNode } from './nodes/NetworkNode';
import { MountEdge } from './edges/MountEdge';

/** Module constants: React Flow re-creates every node when these objects change identity. */
export const NODE_TYPES = {
  pod: PodFrame,
  lane: LaneNode,
  container: ContainerNode,
  injected: InjectedNode,
  volume: VolumeNode,
  network: NetworkNode,
} satisfies NodeTypes;

export const EDGE_TYPES = { mount: MountEdge } satisfies EdgeTypes;
