import type { PodView } from '@podsmith/manifest';

/** What the user has selected in the diagram; the inspector edits it. */
export type Selection =
  | { readonly type: 'pod' }
  | { readonly type: 'container'; readonly id: string }
  /** A container added at admission (read-only: the inspector says where it comes from). */
  | { readonly type: 'injected'; readonly name: string }
  | { readonly type: 'volume'; readonly name: string }
  | { readonly type: 'mount'; readonly containerId: string; readonly index: number }
  | { readonly type: 'network' };

/**
 * The selection after the text changed from `before` to `after`, two views of the same
 * pod. Containers are selected by id and volumes by name, and both are names, so a rename
 * (typed in the YAML or in the inspector) would drop the selection. Instead, an element
 * gone under its old name is followed to the one now in its place (the same list and
 * index) when that one bears a name that is new to the pod: a rename, not a deletion
 * that moved a neighbour up. Otherwise the selection stays as it is; `selection` itself
 * when nothing changes.
 */
export function followSelection(before: PodView | undefined, after: PodView | undefined, selection: Selection | undefined): Selection | undefined {
  if (!selection || !before || !after || before === after) return selection;
  switch (selection.type) {
    case 'container': {
      const id = followContainer(before, after, selection.id);
      return id === selection.id ? selection : { type: 'container', id };
    }
    case 'mount': {
      const containerId = followContainer(before, after, selection.containerId);
      return containerId === selection.containerId ? selection : { ...selection, containerId };
    }
    case 'volume': {
      const name = followVolume(before, after, selection.name);
      return name === selection.name ? selection : { type: 'volume', name };
    }
    default:
      return selection;
  }
}

function followContainer(before: PodView, after: PodView, id: string): string {
  if (after.containers.some((c) => c.id === id)) return id;
  const was = before.containers.find((c) => c.id === id);
  const now = was && after.containers.find((c) => c.ref.list === was.ref.list && c.ref.index === was.ref.index);
  return now && !before.containers.some((c) => c.id === now.id) ? now.id : id;
}

function followVolume(before: PodView, after: PodView, name: string): string {
  if (after.volumes.some((v) => v.name === name)) return name;
  const was = before.volumes.find((v) => v.name === name);
  const now = was && after.volumes[was.index];
  return now && now.name !== '' && !before.volumes.some((v) => v.name === now.name) ? now.name : name;
}
