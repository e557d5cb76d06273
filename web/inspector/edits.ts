/**
 * Form values → Edit values. Pure: the components call these and dispatch the result.
 *
 * Paths reach the node the user changed and no further (['ports', 1, 'containerPort'],
 * not ['ports']), because applyEdit patches only the nodes an edit names: comments and
 * styling in the other rows survive. Path conventions, as for any path setter:
 *   value undefined        → remove the key or the sequence item;
 *   index === list length  → append an item.
 */
import type { ContainerView, Edit, MountView, PodView, VolumeView, YamlPath } from '@podsmith/manifest';

export function setContainerField(pod: PodView, container: ContainerView, field: YamlPath, value: unknown): Edit {
  return { kind: 'setContainerField', pod: pod.ref, container: container.ref, field, value };
}

function setPodField(pod: PodView, field: YamlPath, value: unknown): Edit {
  return { kind: 'setPodField', pod: pod.ref, field, value };
}

/* ---- command and args: one item per line ---- */

export function listToLines(list: readonly string[]): string {
  return list.join('\n');
}

/** Blank trailing lines are dropped (an editor leaves them); blank lines inside are kept as "" items. */
export function linesToList(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** An item with a newline (a `sh -c` script) cannot be shown one per line without changing it. */
export function hasMultilineItem(list: readonly string[]): boolean {
  return list.some((item) => item.includes('\n'));
}

/** An empty list removes the field, so the image's ENTRYPOINT / CMD applies again. */
export function listFieldEdit(pod: PodView, container: ContainerView, field: 'command' | 'args', text: string): Edit {
  const list = linesToList(text);
  return setContainerField(pod, container, [field], list.length > 0 ? list : undefined);
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

/* ---- volumes ---- */

/** Renaming a volume renames every mount of it in the same step, so no mount is left dangling. */
export function renameVolumeEdit(pod: PodView, volume: VolumeView, name: string): Edit {
  const mounts = pod.containers.flatMap((c) =>
    c.mounts.filter((m) => m.volume === volume.name).map((m) => mountFieldEdit(pod, c, m, 'name', name)),
  );
  const rename: Edit = { kind: 'setVolumeField', pod: pod.ref, volume: volume.index, field: ['name'], value: name };
  return mounts.length === 0 ? rename : { kind: 'batch', edits: [rename, ...mounts] };
}

/* ---- pod ---- */

/** Blank removes terminationGracePeriodSeconds, so the default (30 s) applies. */
export function gracePeriodEdit(pod: PodView, text: string): Edit {
  const trimmed = text.trim();
  return setPodField(pod, ['terminationGracePeriodSeconds'], trimmed === '' ? undefined : Number(trimmed));
}

/** '' is "not set": the key is removed and the API server's default (Always) applies. */
export function restartPolicyEdit(pod: PodView, policy: string): Edit {
  return setPodField(pod, ['restartPolicy'], policy === '' ? undefined : policy);
}
