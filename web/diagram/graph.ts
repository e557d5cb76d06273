/**
 * The diagram's vocabulary: what each React Flow node and edge carries. Layout
 * produces these; components only render them; gestures turn them into Edits.
 */
import type { Edge, Node } from '@xyflow/react';
import type { ContainerView, Lane, MountView, PodRef, VolumeView } from '@podsmith/manifest';
import type { FindingSummary } from '../findings/severity';
import type { Chip } from './chips';
import type { ClaimTemplate } from './claims';
import type { ReferenceKind } from './references';

/**
 * Nodes and edges may carry the worst severity among the findings about them and how
 * many there are (shown as text and icon, never by colour alone). Layout leaves it
 * unset; decorateGraph (decorate.ts) fills it in from the linter's findings.
 */
export type { FindingSummary } from '../findings/severity';

/** Findings about an edge: the summary, and the rule ids the edge names in words. */
export interface EdgeFindings extends FindingSummary {
  readonly rules: readonly string[];
}

export type PodFrameData = {
  readonly kind: 'pod';
  /** `Pod web`, `Deployment api`. */
  readonly title: string;
  readonly findings?: FindingSummary;
};

export type LaneData = {
  readonly kind: 'lane';
  readonly lane: Lane;
  readonly count: number;
  /** A drag is over this lane: it says so in text as well as outline. */
  readonly dropTarget?: boolean;
};

export type ContainerData = {
  readonly kind: 'container';
  readonly pod: PodRef;
  readonly container: ContainerView;
  /** The container's lane (ephemeral containers are not drawn). */
  readonly lane: Lane;
  /** Position within its lane, 0-based: what moveContainer and addContainer call `index`. */
  readonly laneIndex: number;
  /** Probes, hooks, resources, restart policy, security warnings, at a glance (chips.ts). */
  readonly chips: readonly Chip[];
  /** Edits are refused while the YAML has errors: controls are disabled. */
  readonly locked?: boolean;
  readonly findings?: FindingSummary;
};

/**
 * A container an admission webhook adds when the pod is created (Istio, Linkerd,
 * Vault): drawn in its lane, dashed and labelled in words, never edited: it is not in
 * the YAML.
 */
export type InjectedData = {
  readonly kind: 'injected';
  /** Its view in the running pod (`injected` is set; `initOrder` is its place in the run). */
  readonly container: ContainerView;
  readonly lane: Lane;
  /** Who adds it, in words: `Istio`. */
  readonly by: string;
  readonly findings?: FindingSummary;
};

/** A mount, listed in the volume it mounts: who, where; its edge ends at this row. */
export interface VolumeMountRow {
  /** The mount edge's id, which is also the id of the handle it ends at. */
  readonly edge: string;
  readonly container: ContainerKey;
  readonly mount: MountView;
  /** `/var/log/app · read-only · subPath: app`. */
  readonly label: string;
  readonly findings?: EdgeFindings;
}

export type VolumeData = {
  readonly kind: 'volume';
  readonly pod: PodRef;
  /** Undefined for a StatefulSet's claim, and for a name that mounts refer to but nothing declares (then `claim` is unset too). */
  readonly volume: VolumeView | undefined;
  /** Set for a StatefulSet's volumeClaimTemplate: each replica's own claim, not a volume of the pod spec. */
  readonly claim?: ClaimTemplate;
  readonly name: string;
  /** The mounts of it, in the order of the containers. */
  readonly mounts: readonly VolumeMountRow[];
  readonly locked?: boolean;
  readonly findings?: FindingSummary;
};

export type NetworkData = {
  readonly kind: 'network';
  /** How many containers declare ports. */
  readonly listeners: number;
};

/** A Secret or ConfigMap the containers' env reads: an object of its own, drawn outside the pod frame. */
export type ReferenceData = {
  readonly kind: 'reference';
  readonly reference: ReferenceKind;
  readonly name: string;
  /** How many containers read it. */
  readonly users: number;
};

export type PodFrameNode = Node<PodFrameData, 'pod'>;
export type LaneNode = Node<LaneData, 'lane'>;
export type ContainerNode = Node<ContainerData, 'container'>;
export type InjectedNode = Node<InjectedData, 'injected'>;
export type VolumeNode = Node<VolumeData, 'volume'>;
export type NetworkNode = Node<NetworkData, 'network'>;
export type ReferenceNode = Node<ReferenceData, 'reference'>;
export type DiagramNode = PodFrameNode | LaneNode | ContainerNode | InjectedNode | VolumeNode | NetworkNode | ReferenceNode;

/**
 * What an edge needs to know of its container: who it is, not what it holds. With the
 * whole ContainerView, a change to the image would make every edge of the container a
 * new object, and React Flow would re-render and re-measure each (share.ts).
 */
export type ContainerKey = Pick<ContainerView, 'id' | 'ref' | 'name'>;

export type MountEdgeData = {
  readonly kind: 'mount';
  readonly pod: PodRef;
  readonly container: ContainerKey;
  readonly mount: MountView;
  readonly locked?: boolean;
  readonly findings?: EdgeFindings;
};

/** A localhost edge (the container's node lists its ports), or an env reference edge from a Secret or ConfigMap. */
export type NetworkEdgeData = {
  readonly kind: 'network' | 'reference';
  readonly findings?: EdgeFindings;
};

export type MountEdge = Edge<MountEdgeData, 'mount'>;
/** Drawn by React Flow's own bezier edge, without a label: nothing to press. */
export type NetworkEdge = Edge<NetworkEdgeData, 'default'>;
export type DiagramEdge = MountEdge | NetworkEdge;

export interface DiagramGraph {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}
