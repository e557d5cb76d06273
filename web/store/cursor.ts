import type { PodView, YamlPath } from '@podsmith/manifest';
import type { Selection } from './selection';

/**
 * The editor's cursor ↔ the diagram's selection. Pure: a YAML path (from `pathAt`)
 * becomes a Selection of the pod being designed, and a Selection becomes the path
 * whose text the editor highlights.
 */

/** Whether `path` is `prefix` or goes on from it. */
export function startsWith(path: YamlPath, prefix: YamlPath): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

/** What a cursor at `path` of document `documentIndex` selects, or undefined when it is outside the pod's document. */
export function selectionAtPath(pod: PodView | undefined, documentIndex: number, path: YamlPath): Selection | undefined {
  if (!pod || documentIndex !== pod.ref.documentIndex) return undefined;
  const owner = pod.workload.path;
  if (!startsWith(path, owner)) return undefined; // another item of a List
  const specPath = pod.ref.specPath;
  if (!startsWith(path, specPath)) return { type: 'pod' };
  const [list, index, field, item] = path.slice(specPath.length);
  if ((list === 'containers' || list === 'initContainers' || list === 'ephemeralContainers') && typeof index === 'number') {
    const container = pod.containers.find((c) => c.ref.list === list && c.ref.index === index);
    if (!container) return { type: 'pod' };
    if (field === 'volumeMounts' && typeof item === 'number' && item < container.mounts.length) {
      return { type: 'mount', containerId: container.id, index: item };
    }
    return { type: 'container', id: container.id };
  }
  if (list === 'volumes' && typeof index === 'number') {
    const volume = pod.volumes[index];
    return volume && volume.name ? { type: 'volume', name: volume.name } : { type: 'pod' };
  }
  return { type: 'pod' };
}

/** The YAML path a selection stands for, for the editor to highlight; undefined for the pod and the network. */
export function pathOfSelection(pod: PodView | undefined, selection: Selection | undefined): YamlPath | undefined {
  if (!pod || !selection) return undefined;
  switch (selection.type) {
    case 'container':
      return pod.containers.find((c) => c.id === selection.id)?.path;
    case 'mount':
      return pod.containers.find((c) => c.id === selection.containerId)?.mounts[selection.index]?.path;
    case 'volume':
      return pod.volumes.find((v) => v.name === selection.name)?.path;
    default:
      return undefined;
  }
}

export function sameSelection(a: Selection | undefined, b: Selection | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.type !== b.type) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
