/**
 * Why a value typed into the inspector would be refused, in the API server's words
 * (k8s.io/kubernetes/pkg/apis/core/validation), or undefined when it is acceptable.
 * Pure: the draft text and the pod it goes into in, a message out. The inspector
 * refuses at the field, so nothing invalid is ever dispatched.
 */
import {
  dns1123LabelError,
  portNameError,
  portNumberError,
  type ContainerRef,
  type ContainerView,
  type PodView,
  type VolumeView,
  type WorkloadKind,
} from '@podsmith/manifest';

/** The API server's `field.Duplicate` wording. */
function duplicate(value: string): string {
  return `Duplicate value: ${JSON.stringify(value)}`;
}

function sameRef(a: ContainerRef, b: ContainerRef): boolean {
  return a.list === b.list && a.index === b.index;
}

/** Container names are DNS-1123 labels, unique across init, regular and ephemeral containers. */
export function containerNameError(name: string, pod: PodView, self: ContainerRef): string | undefined {
  const labelError = dns1123LabelError(name);
  if (labelError) return labelError;
  const taken = pod.containers.some((c) => c.name === name && !sameRef(c.ref, self));
  return taken ? duplicate(name) : undefined;
}

/** Volume names are DNS-1123 labels, unique among the pod's volumes. */
export function volumeNameError(name: string, volumes: readonly VolumeView[], selfIndex: number): string | undefined {
  const labelError = dns1123LabelError(name);
  if (labelError) return labelError;
  return volumes.some((v) => v.name === name && v.index !== selfIndex) ? duplicate(name) : undefined;
}

export function imageError(image: string): string | undefined {
  if (image === '') return 'Required value';
  if (image.trim() !== image) return 'must not have leading or trailing whitespace';
  return undefined;
}

/** A port as typed: an integer 1-65535. Blank is allowed only where the field is optional (hostPort). */
export function portTextError(text: string, optional: boolean): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return optional ? undefined : 'Required value';
  // Number('8e3') and Number('0x50') are integers too, but no one means them as a port.
  if (!/^-?\d+$/.test(trimmed)) return 'must be an integer';
  return portNumberError(Number(trimmed));
}

/** A port name is optional, an IANA_SVC_NAME, and unique among the container's ports. */
export function portNameTextError(name: string, container: ContainerView, selfIndex: number): string | undefined {
  if (name === '') return undefined;
  const nameError = portNameError(name);
  if (nameError) return nameError;
  return container.ports.some((p) => p.name === name && p.index !== selfIndex) ? duplicate(name) : undefined;
}

export const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;

/** The pod restart policies a workload's controller accepts: a Job must end, a Deployment must not. */
export function allowedRestartPolicies(kind: WorkloadKind): readonly string[] {
  switch (kind) {
    case 'Pod':
      return RESTART_POLICIES;
    case 'Job':
    case 'CronJob':
      return ['OnFailure', 'Never'];
    default:
      return ['Always'];
  }
}

/** `policy` '' means "not set": the API server defaults it to Always before it validates. */
export function restartPolicyError(policy: string, kind: WorkloadKind): string | undefined {
  const effective = policy === '' ? 'Always' : policy;
  const allowed = allowedRestartPolicies(kind);
  if (allowed.includes(effective)) return undefined;
  return `Unsupported value: ${JSON.stringify(effective)}: supported values: ${allowed.map((p) => JSON.stringify(p)).join(', ')}`;
}

/** A mount path is required and unique within the container. */
export function mountPathError(path: string, container: ContainerView, selfIndex: number): string | undefined {
  if (path === '') return 'Required value';
  return container.mounts.some((m) => m.mountPath === path && m.index !== selfIndex) ? 'must be unique' : undefined;
}

/** subPath must stay inside the volume: relative, with no `..` segment. Blank removes it. */
export function subPathError(subPath: string): string | undefined {
  if (subPath.startsWith('/')) return 'must be a relative path';
  if (subPath.split(/[/\\]/).includes('..')) return "must not contain '..'";
  return undefined;
}

/** A mount must name one of the pod's volumes. */
export function mountVolumeError(name: string, volumes: readonly VolumeView[]): string | undefined {
  if (name === '') return 'Required value';
  return volumes.some((v) => v.name === name) ? undefined : `Not found: ${JSON.stringify(name)}`;
}
