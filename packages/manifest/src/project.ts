import { Derived } from './derived';
import { isRecord } from './parse';
import type {
  ContainerList,
  ContainerView,
  K8sContainer,
  K8sPodSpec,
  K8sVolume,
  Lane,
  MountView,
  ParsedManifest,
  PodRef,
  PodView,
  PortView,
  VolumeView,
  WorkloadKind,
  WorkloadView,
  YamlPath,
} from './types';

/** Read the plain value at a path, or undefined. Only own properties: keys like `__proto__` are data. */
export function valueAt(root: unknown, path: YamlPath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[key];
    } else {
      if (!isRecord(node) || !Object.hasOwn(node, key)) return undefined;
      node = node[key];
    }
  }
  return node;
}

/** Whether two refs name the same pod spec: the same document, the same path. */
export function samePodRef(a: PodRef, b: PodRef): boolean {
  return a.documentIndex === b.documentIndex && a.specPath.length === b.specPath.length && a.specPath.every((key, i) => b.specPath[i] === key);
}

/** The views made of each parse, by pod ref: parses and views are immutable. */
const projections = new Derived<ParsedManifest, Map<string, PodView>>('pod views');

/**
 * Project one pod spec of a parsed manifest into a typed, read-only view.
 *
 * `previous` is this pod's view from an earlier parse of the file. A container or volume
 * whose plain data is the very object it was projected from (the parser shares what a
 * keystroke did not touch, and plain data is never mutated), at the same place, keeps
 * its previous view object: whatever is keyed on it (the diagram's layout and
 * structural sharing) sees at once that nothing changed.
 *
 * One parse has one view per pod: the app projects with `previous`, and the linter and the
 * simulator, asking without it, get that same object, so what they cache on it (the
 * lifecycle's PodModel, the pod as it runs) is computed once per keystroke.
 */
export function projectPod(parsed: ParsedManifest, ref: PodRef, previous?: PodView): PodView | undefined {
  const views = projections.get(parsed) ?? new Map<string, PodView>();
  projections.set(parsed, views);
  const key = `${ref.documentIndex}:${JSON.stringify(ref.specPath)}`;
  const known = views.get(key);
  if (known && !previous) return known;
  const view = project(parsed, ref, previous);
  if (view) views.set(key, view);
  return view;
}

function project(parsed: ParsedManifest, ref: PodRef, previous: PodView | undefined): PodView | undefined {
  const doc = parsed.documents[ref.documentIndex];
  if (!doc) return undefined;
  const spec = valueAt(doc.value, ref.specPath);
  if (!isRecord(spec)) return undefined;

  const ownerPath = ownerPathOf(ref.specPath);
  const owner = valueAt(doc.value, ownerPath);
  if (!isRecord(owner)) return undefined;
  const workload = workloadView(owner, ownerPath);
  const templateMeta = valueAt(doc.value, [...ref.specPath.slice(0, -1), 'metadata']);

  const podSpec = spec as K8sPodSpec;
  const before = previous && samePodRef(previous.ref, ref) ? previous : undefined;
  const used = new Set<string>();
  const containers = CONTAINER_LISTS.flatMap((list) =>
    containerViews(podSpec, list, ref.specPath, used, before?.containers.filter((c) => c.ref.list === list) ?? []),
  );
  const volumes = arrayOf(podSpec.volumes).map((v, index): VolumeView => {
    const old = before?.volumes[index];
    return old && old.spec === v ? old : volumeView(v, index, ref.specPath);
  });

  return {
    ref,
    workload,
    containers,
    volumes,
    spec: podSpec,
    podAnnotations: stringRecord(isRecord(templateMeta) ? templateMeta.annotations : undefined),
  };
}

/** `[..., 'spec']` for a Pod, `[..., 'spec', 'template', 'spec']` for a Deployment: the object is where the kind is. */
function ownerPathOf(specPath: YamlPath): YamlPath {
  const itemsAt = specPath[0] === 'items' ? 2 : 0;
  return specPath.slice(0, itemsAt);
}

function workloadView(owner: Record<string, unknown>, path: YamlPath): WorkloadView {
  const metadata = isRecord(owner.metadata) ? owner.metadata : {};
  return {
    kind: owner.kind as WorkloadKind,
    apiVersion: typeof owner.apiVersion === 'string' ? owner.apiVersion : '',
    name: typeof metadata.name === 'string' ? metadata.name : '',
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
    annotations: stringRecord(metadata.annotations),
    path,
    object: owner,
  };
}

/** The lists a pod spec holds containers in, in the order the diagram shows them. */
const CONTAINER_LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

/** `previous`: the views of the same list from an earlier parse, by index. */
function containerViews(spec: K8sPodSpec, list: ContainerList, specPath: YamlPath, used: Set<string>, previous: readonly ContainerView[]): ContainerView[] {
  return arrayOf(spec[list]).map((raw, index) => {
    const c: K8sContainer = isRecord(raw) ? (raw as K8sContainer) : {};
    const name = typeof c.name === 'string' ? c.name : '';
    // The id depends on the names before this one (a repeated name gets list[index]).
    const id = name && !used.has(name) ? name : `${list}[${index}]`;
    used.add(id);
    const old = previous[index];
    if (old && old.spec === raw && old.id === id) return old;
    const path = [...specPath, list, index];
    const lane = laneOf(list, c);
    return {
      id,
      ref: { list, index },
      lane,
      initOrder: list === 'initContainers' ? index + 1 : undefined,
      name,
      image: typeof c.image === 'string' ? c.image : '',
      command: stringArray(c.command),
      args: stringArray(c.args),
      ports: arrayOf(c.ports).map((p, i) => portView(p, i, [...path, 'ports', i])),
      mounts: arrayOf(c.volumeMounts).map((m, i) => mountView(m, i, [...path, 'volumeMounts', i])),
      path,
      spec: c,
    };
  });
}

/** A native sidecar is an init container with `restartPolicy: Always` (Kubernetes 1.29+). */
export function laneOf(list: ContainerList, container: K8sContainer): Lane | 'ephemeral' {
  if (list === 'ephemeralContainers') return 'ephemeral';
  if (list === 'containers') return 'main';
  return container.restartPolicy === 'Always' ? 'sidecar' : 'init';
}

function portView(raw: unknown, index: number, path: YamlPath): PortView {
  const p = isRecord(raw) ? raw : {};
  return {
    index,
    name: typeof p.name === 'string' ? p.name : undefined,
    containerPort: typeof p.containerPort === 'number' ? p.containerPort : undefined,
    hostPort: typeof p.hostPort === 'number' ? p.hostPort : undefined,
    protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
    path,
  };
}

function mountView(raw: unknown, index: number, path: YamlPath): MountView {
  const m = isRecord(raw) ? raw : {};
  return {
    index,
    volume: typeof m.name === 'string' ? m.name : '',
    mountPath: typeof m.mountPath === 'string' ? m.mountPath : '',
    readOnly: m.readOnly === true,
    subPath: typeof m.subPath === 'string' ? m.subPath : typeof m.subPathExpr === 'string' ? m.subPathExpr : undefined,
    path,
  };
}

function volumeView(raw: unknown, index: number, specPath: YamlPath): VolumeView {
  const v: K8sVolume = isRecord(raw) ? raw : {};
  const type = Object.keys(v).find((k) => k !== 'name') ?? '';
  return { index, name: typeof v.name === 'string' ? v.name : '', type, path: [...specPath, 'volumes', index], spec: v };
}

function arrayOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function stringArray(value: unknown): readonly string[] {
  return arrayOf(value).map((v) => (typeof v === 'string' ? v : String(v)));
}

function stringRecord(value: unknown): Readonly<Record<string, string>> {
  if (!isRecord(value)) return {};
  const out: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}
