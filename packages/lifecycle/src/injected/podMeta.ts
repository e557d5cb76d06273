/**
 * The pod template's annotations and labels, with the YAML path of each: injectors read
 * them, and findings about an injected container point at the one that causes it.
 */
import { valueAt, type PodView, type YamlPath } from '@podsmith/manifest';

export interface MetaValue {
  readonly key: string;
  readonly value: string;
  /** From the document root: `spec.template.metadata.annotations["sidecar.istio.io/inject"]`. */
  readonly path: YamlPath;
}

/** Path of the pod template's metadata (the Pod's own for a Pod), from the document root. */
function metadataPath(pod: PodView): YamlPath {
  return [...pod.ref.specPath.slice(0, -1), 'metadata'];
}

export function annotation(pod: PodView, key: string): MetaValue | undefined {
  const value = Object.hasOwn(pod.podAnnotations, key) ? pod.podAnnotations[key] : undefined;
  return value === undefined ? undefined : { key, value, path: [...metadataPath(pod), 'annotations', key] };
}

export function label(pod: PodView, key: string): MetaValue | undefined {
  // The workload object holds the pod template: its metadata path, relative to the object.
  const relative = metadataPath(pod).slice(pod.workload.path.length);
  const value = valueAt(pod.workload.object, [...relative, 'labels', key]);
  return typeof value === 'string' ? { key, value, path: [...metadataPath(pod), 'labels', key] } : undefined;
}

/** Go's strconv.ParseBool, which vault-k8s uses: undefined when the text is not a boolean. */
export function parseGoBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

/** `1.33` → 33. */
export function kubernetesMinor(version: string): number {
  const match = /^v?1\.(\d+)/.exec(version.trim());
  if (!match) throw new RangeError(`Not a Kubernetes version: "${version}" (write it like "1.33").`);
  return Number(match[1]);
}
