/**
 * A field's changes → one Edit. Each change is a `setDocumentField` at the path from the
 * document's root, so applyEdit patches only the nodes it names: comments and the fields
 * the inspector does not model stay as written.
 */
import { valueAt, type Edit, type PodView, type YamlPath } from '@podsmith/manifest';
import type { Change, FieldSpec, RowList } from './model';

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Where a removal starts: clearing `resources.limits.memory`, the last key of `limits`,
 * removes `limits` (and `resources` if that was all), so no `limits: {}` is left behind.
 * It never goes up to `keep` (an `emptyDir: {}` stays) nor removes a list item.
 */
export function removalPath(object: unknown, path: YamlPath, keep: YamlPath): YamlPath {
  let at = path;
  while (at.length > keep.length + 1 && typeof at[at.length - 2] === 'string') {
    const parent = valueAt(object, at.slice(0, -1));
    if (!isPlainMap(parent) || Object.keys(parent).some((k) => k !== at[at.length - 1])) break;
    at = at.slice(0, -1);
  }
  return at;
}

function setField(pod: PodView, path: YamlPath, value: unknown): Edit {
  return { kind: 'setDocumentField', documentIndex: pod.ref.documentIndex, path: [...pod.workload.path, ...path], value };
}

/** The changes as one Edit (a batch of several): removals first, as a choice may re-create what a removal prunes. */
export function changesEdit(pod: PodView, changes: readonly Change[], keep: YamlPath): Edit | undefined {
  const object = pod.workload.object;
  const present = changes.filter((c) => c.value !== undefined || valueAt(object, c.path) !== undefined);
  const removals = present.filter((c) => c.value === undefined).map((c) => setField(pod, removalPath(object, c.path, keep), undefined));
  const sets = present.filter((c) => c.value !== undefined).map((c) => setField(pod, c.path, c.value));
  const edits = [...removals, ...sets];
  if (edits.length <= 1) return edits[0];
  return { kind: 'batch', edits };
}

/** The Edit for a committed text, or undefined when it changes nothing. */
export function fieldEdit(pod: PodView, spec: FieldSpec, text: string): Edit | undefined {
  return changesEdit(pod, spec.write(text, pod.workload.object), spec.keep);
}

/** Add an item to a list of rows: appended, or the list itself when there is none. */
export function addRowEdit(pod: PodView, list: RowList): Edit {
  const items = valueAt(pod.workload.object, list.path);
  const length = Array.isArray(items) ? items.length : 0;
  return length === 0 ? setField(pod, list.path, [list.added]) : setField(pod, [...list.path, length], list.added);
}

/** Remove a row; applyEdit removes the list's key with its last item. */
export function removeRowEdit(pod: PodView, list: RowList, index: number): Edit {
  return setField(pod, [...list.path, index], undefined);
}
