/**
 * Form values → Edit values. Pure: the components call these and dispatch the result.
 *
 * Paths reach the node the user changed and no further (['ports', 1, 'containerPort'],
 * not ['ports']), because applyEdit patches only the nodes an edit names: comments and
 * styling in the other rows survive. Path conventions, as for any path setter:
 *   value undefined        → remove the key or the sequence item;
 *   index === list length  → append an item.
 */
import type { ContainerView, Edit, MountView, PodView, YamlPath } from '@podsmith/manifest';

function setContainerField(pod: PodView, container: ContainerView, field: YamlPath, value: unknown): Edit {
  return { kind: 'setContainerField', pod: pod.ref, container: container.ref, field, value };
}

/* ---- ports ---- */

export type PortKey = 'name' | 'containerPort' | 'protocol' | 'hostPort';

/** The port field as typed → its YAML value: numbers for ports, and blank removes an optional key. */
function portValue(key: PortKey, text: string): string | number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return key === 'containerPort' || key === 'hostPort' ? Number(trimmed) : trimmed;
}

export function portFieldEdit(pod: PodView, container: ContainerView, index: number, key: PortKey, text: string): Edit {
  return setContainerField(pod, container, ['ports', index, key], portValue(key, text));
}

/** The first port from 8080 up that no container of the pod uses: they share one network namespace. */
export function nextFreePort(pod: PodView): number {
  const used = new Set(pod.containers.flatMap((c) => c.ports.map((p) => p.containerPort)));
  let port = 8080;
  while (used.has(port)) port++;
  return port;
}

/**
 * A new row is a valid port straight away; the user then edits it in place. It is
 * appended to the list, or becomes the list when there is none (an index into a
 * missing list has nothing to append to).
 */
export function addPortEdit(pod: PodView, container: ContainerView): Edit {
  const port = { containerPort: nextFreePort(pod) };
  return container.ports.length === 0
    ? setContainerField(pod, container, ['ports'], [port])
    : setContainerField(pod, container, ['ports', container.ports.length], port);
}

/** applyEdit removes `ports:` with its last item, so no `ports: []` is left behind. */
export function removePortEdit(pod: PodView, container: ContainerView, index: number): Edit {
  return setContainerField(pod, container, ['ports', index], undefined);
}

/* ---- volume mounts ---- */

/** A mount written with subPathExpr is edited as subPathExpr: writing subPath beside it would be invalid. */
export function subPathKey(container: ContainerView, index: number): 'subPath' | 'subPathExpr' {
  const raw = container.spec.volumeMounts?.[index];
  return raw && typeof raw.subPathExpr === 'string' && raw.subPath === undefined ? 'subPathExpr' : 'subPath';
}

export function mountFieldEdit(pod: PodView, container: ContainerView, mount: MountView, key: 'name' | 'mountPath', value: string): Edit {
  return setContainerField(pod, container, ['volumeMounts', mount.index, key], value);
}

/** readOnly false is the default, so unticking removes the key instead of writing `readOnly: false`. */
export function readOnlyEdit(pod: PodView, container: ContainerView, mount: MountView, readOnly: boolean): Edit {
  return setContainerField(pod, container, ['volumeMounts', mount.index, 'readOnly'], readOnly ? true : undefined);
}

export function subPathEdit(pod: PodView, container: ContainerView, mount: MountView, subPath: string): Edit {
  const key = subPathKey(container, mount.index);
  return setContainerField(pod, container, ['volumeMounts', mount.index, key], subPath === '' ? undefined : subPath);
}

/**
 * A new mount of the first volume the container does not mount yet, at /mnt/<volume>
 * (made unique within the container). Undefined when the pod has no volume to mount.
 */
export function addMountEdit(pod: PodView, container: ContainerView): Edit | undefined {
  const mounted = new Set(container.mounts.map((m) => m.volume));
  const volume = pod.volumes.find((v) => !mounted.has(v.name)) ?? pod.volumes[0];
  if (!volume) return undefined;
  const paths = new Set(container.mounts.map((m) => m.mountPath));
  let mountPath = `/mnt/${volume.name}`;
  for (let n = 2; paths.has(mountPath); n++) mountPath = `/mnt/${volume.name}-${n}`;
  return { kind: 'mountVolume', pod: pod.ref, container: container.ref, mount: { name: volume.name, mountPath } };
}

export function removeMountEdit(pod: PodView, container: ContainerView, mount: MountView): Edit {
  return { kind: 'unmountVolume', pod: pod.ref, container: container.ref, index: mount.index };
}
