import { elementAt, isUnder, type PodView, type YamlPath } from '@podsmith/manifest';
import type { Selection } from './selection';

/**
 * The editor's cursor ↔ the diagram's selection. Pure: a YAML path (from `pathAt`)
 * becomes a Selection of the pod being designed, and a Selection becomes the path
 * whose text the editor highlights.
 */

/** What a cursor at `path` of document `documentIndex` selects, or undefined when it is outside the pod's document. */
export function selectionAtPath(pod: PodView | undefined, documentIndex: number, path: YamlPath): Selection | undefined {
  if (!pod || documentIndex !== pod.ref.documentIndex) return undefined;
  if (!isUnder(path, pod.workload.path)) return undefined; // another item of a List
  const { container, mount, volume } = elementAt(pod, path);
  if (container && mount) return { type: 'mount', containerId: container.id, index: mount.index };
  if (container) return { type: 'container', id: container.id };
  if (volume && volume.name) return { type: 'volume', name: volume.name };
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
