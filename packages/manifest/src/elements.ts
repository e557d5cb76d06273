/**
 * From a YAML path of a pod's document to the element of the PodView it is about. One
 * lookup for everything that holds a path: a finding (the diagram's badges, the findings
 * list, the linter's quick fixes) and the editor's cursor.
 */
import type { ContainerView, MountView, PodView, PortView, VolumeView, YamlPath } from './types';

/** Whether `path` is `prefix` or goes on from it. */
export function isUnder(path: YamlPath, prefix: YamlPath): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

/** What in the pod a path is about: a container (and which mount or port of it), a volume, or neither (the pod). */
export interface PodElement {
  readonly container?: ContainerView;
  readonly mount?: MountView;
  readonly port?: PortView;
  /** The field of the port the path is about (`hostPort`, `name`, …); undefined for the whole port. */
  readonly portField?: string | number;
  readonly volume?: VolumeView;
}

/** The element of `pod` that `path` (from its document's root) points into; `{}` for anything else. */
export function elementAt(pod: PodView, path: YamlPath): PodElement {
  const container = pod.containers.find((c) => isUnder(path, c.path));
  if (container) {
    const port = container.ports.find((p) => isUnder(path, p.path));
    return {
      container,
      mount: container.mounts.find((m) => isUnder(path, m.path)),
      port,
      portField: port && path[port.path.length],
    };
  }
  const volume = pod.volumes.find((v) => isUnder(path, v.path));
  return volume ? { volume } : {};
}

/** The container `path` points into (a finding's, for a quick fix). */
export function containerAt(pod: PodView, path: YamlPath): ContainerView | undefined {
  return elementAt(pod, path).container;
}
