/**
 * The public vocabulary of the manifest package: what a parsed manifest looks like,
 * the read-only projection of a pod (PodView), and the Edit values every surface
 * (diagram, inspector, palette, quick fix) produces.
 */

/** A path from a document's root to a node: map keys and sequence indexes. */
export type YamlPath = readonly (string | number)[];

/** Offsets into the manifest text, `from` inclusive, `to` exclusive. */
export interface TextRange {
  readonly from: number;
  readonly to: number;
}

/** 1-based line and column, as editors and terminals show them. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** One splice of the text: replace [from, to) by `insert`. */
export interface TextPatch extends TextRange {
  readonly insert: string;
}

export interface ParseProblem {
  readonly message: string;
  readonly range: TextRange;
  readonly severity: 'error' | 'warning';
  /** Short machine-readable reason: `yaml`, `too-large`, `binary`, `not-an-object`, ... */
  readonly code: string;
}

/** The kinds whose pod template Podsmith designs. */
export const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** Where a pod spec sits in a file: which document, and the path to its `spec`. */
export interface PodRef {
  readonly documentIndex: number;
  readonly specPath: YamlPath;
}

export interface ManifestDocument {
  readonly index: number;
  readonly range: TextRange;
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly name?: string;
  /** The document as plain data (aliases resolved, at most 100 of them), or undefined if it has errors. */
  readonly value: unknown;
  /** Set when the document holds a pod spec Podsmith can design. */
  readonly pod?: PodRef;
  /** `kind: List` holding workloads: one ref per item with a pod template. */
  readonly listPods?: readonly PodRef[];
}

export interface ParsedManifest {
  readonly text: string;
  readonly documents: readonly ManifestDocument[];
  /** Every pod in the file, in text order. */
  readonly pods: readonly PodRef[];
  /** Errors stop editing; warnings (such as a YAML 1.1 quirk) do not. */
  readonly problems: readonly ParseProblem[];
  /** True when the text parsed without errors, so it can be edited. */
  readonly ok: boolean;
}

/** The three lanes of the diagram, in start order. */
export type Lane = 'init' | 'sidecar' | 'main';
export type ContainerList = 'initContainers' | 'containers' | 'ephemeralContainers';

export interface ContainerRef {
  readonly list: ContainerList;
  readonly index: number;
}

/* ---- Kubernetes shapes, as far as Podsmith reads them. Every field is optional,
   because user text can hold anything; unknown fields are kept in `[key]`. ---- */

export interface K8sContainerPort {
  readonly name?: string;
  readonly containerPort?: number;
  readonly hostPort?: number;
  readonly hostIP?: string;
  readonly protocol?: string;
}

export interface K8sVolumeMount {
  readonly name?: string;
  readonly mountPath?: string;
  readonly readOnly?: boolean;
  readonly subPath?: string;
  readonly subPathExpr?: string;
  readonly mountPropagation?: string;
  readonly recursiveReadOnly?: string;
}

export interface K8sContainer {
  readonly name?: string;
  readonly image?: string;
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly ports?: readonly K8sContainerPort[];
  readonly volumeMounts?: readonly K8sVolumeMount[];
  readonly restartPolicy?: string;
  readonly [key: string]: unknown;
}

export interface K8sVolume {
  readonly name?: string;
  readonly [key: string]: unknown;
}

export interface K8sPodSpec {
  readonly containers?: readonly K8sContainer[];
  readonly initContainers?: readonly K8sContainer[];
  readonly ephemeralContainers?: readonly K8sContainer[];
  readonly volumes?: readonly K8sVolume[];
  readonly restartPolicy?: string;
  readonly terminationGracePeriodSeconds?: number;
  readonly [key: string]: unknown;
}

/* ---- The projection ---- */

export interface PortView {
  readonly index: number;
  readonly name?: string;
  readonly containerPort?: number;
  readonly hostPort?: number;
  /** Defaulted to TCP, as the API server does. */
  readonly protocol: string;
  readonly path: YamlPath;
}

export interface MountView {
  readonly index: number;
  readonly volume: string;
  readonly mountPath: string;
  readonly readOnly: boolean;
  readonly subPath?: string;
  readonly path: YamlPath;
}

export interface ContainerView {
  /** Stable identity for the diagram: the name, or list/index when the name is missing or reused. */
  readonly id: string;
  readonly ref: ContainerRef;
  readonly lane: Lane | 'ephemeral';
  /** 1-based start order among init containers (sidecars included); undefined for main containers. */
  readonly initOrder?: number;
  readonly name: string;
  readonly image: string;
  readonly command: readonly string[];
  readonly args: readonly string[];
  readonly ports: readonly PortView[];
  readonly mounts: readonly MountView[];
  readonly path: YamlPath;
  /** The container exactly as written (plain data). */
  readonly spec: K8sContainer;
  /**
   * Set only on a container an admission webhook adds when the pod is created (a mesh
   * proxy, a Vault agent): it is not in the YAML, so nothing may edit it, and `path` is
   * not a node of the text. See @podsmith/lifecycle's injected containers.
   */
  readonly injected?: Injection;
}

/** Who adds a container at admission, and the pod annotation (or label) that makes it. */
export interface Injection {
  readonly by: 'istio' | 'linkerd' | 'vault';
  /** The annotation or label key: `sidecar.istio.io/inject`. */
  readonly annotation: string;
  /** Its path from the document root: where findings about the container are shown. */
  readonly path: YamlPath;
}

export interface VolumeView {
  readonly index: number;
  readonly name: string;
  /** The volume source key: emptyDir, configMap, secret, persistentVolumeClaim, ...; '' when none. */
  readonly type: string;
  readonly path: YamlPath;
  readonly spec: K8sVolume;
}

export interface WorkloadView {
  readonly kind: WorkloadKind;
  readonly apiVersion: string;
  readonly name: string;
  readonly namespace?: string;
  readonly annotations: Readonly<Record<string, string>>;
  /** Path of the object that owns the metadata: [] for a document, ['items', i] in a List. */
  readonly path: YamlPath;
  /** The whole object as plain data (Job spec fields, CronJob schedule, ...). */
  readonly object: Readonly<Record<string, unknown>>;
}

export interface PodView {
  readonly ref: PodRef;
  readonly workload: WorkloadView;
  readonly containers: readonly ContainerView[];
  readonly volumes: readonly VolumeView[];
  /** The pod spec exactly as written (plain data). */
  readonly spec: K8sPodSpec;
  /** Pod template annotations (or the Pod's own). */
  readonly podAnnotations: Readonly<Record<string, string>>;
}

/* ---- Edits ---- */

export interface MountSpec {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly?: boolean;
  readonly subPath?: string;
}

/**
 * A change to one pod (or to a document about it), as a serialisable value. `applyEdit`
 * turns it into text patches that touch only what the edit is about.
 */
export type Edit =
  | { readonly kind: 'addContainer'; readonly pod: PodRef; readonly lane: Lane; readonly index?: number; readonly container: K8sContainer }
  | { readonly kind: 'removeContainer'; readonly pod: PodRef; readonly container: ContainerRef }
  | { readonly kind: 'moveContainer'; readonly pod: PodRef; readonly container: ContainerRef; readonly lane: Lane; readonly index?: number }
  /** Set (or, with value undefined, remove) a field inside a container: ['image'], ['ports'], ['startupProbe']. */
  | { readonly kind: 'setContainerField'; readonly pod: PodRef; readonly container: ContainerRef; readonly field: YamlPath; readonly value: unknown }
  | { readonly kind: 'addVolume'; readonly pod: PodRef; readonly volume: K8sVolume }
  /** Removes the volume and every mount of it. */
  | { readonly kind: 'removeVolume'; readonly pod: PodRef; readonly name: string }
  | { readonly kind: 'setVolumeField'; readonly pod: PodRef; readonly volume: number; readonly field: YamlPath; readonly value: unknown }
  | { readonly kind: 'mountVolume'; readonly pod: PodRef; readonly container: ContainerRef; readonly mount: MountSpec }
  | { readonly kind: 'unmountVolume'; readonly pod: PodRef; readonly container: ContainerRef; readonly index: number }
  /** Set (or remove) a pod spec field: ['terminationGracePeriodSeconds']. */
  | { readonly kind: 'setPodField'; readonly pod: PodRef; readonly field: YamlPath; readonly value: unknown }
  /**
   * Set (or remove) a field of any document of the file, by its path from the document's
   * root: what a pod's quick fix changes in a Service or NetworkPolicy that selects it.
   */
  | { readonly kind: 'setDocumentField'; readonly documentIndex: number; readonly path: YamlPath; readonly value: unknown }
  /** Rename the key at `path` (from a document's root, ending with the key) to `to`; its value is left as written. */
  | { readonly kind: 'renameKey'; readonly documentIndex: number; readonly path: YamlPath; readonly to: string }
  /** Several edits applied in order as one step (one undo, one quick fix). */
  | { readonly kind: 'batch'; readonly edits: readonly Edit[] };

export type EditResult =
  | { readonly ok: true; readonly text: string; readonly patch: TextPatch }
  | { readonly ok: false; readonly error: string };
