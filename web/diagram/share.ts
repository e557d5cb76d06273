/**
 * Structural sharing between two graphs. Every text change projects a new PodView, so
 * layout makes new node and edge objects even where nothing changed; React Flow then
 * re-renders (and re-measures) all of them. Keeping the previous object wherever the new
 * one is deep-equal makes an edit of one container re-render that container only.
 */
import type { DiagramGraph } from './graph';

/**
 * Own enumerable properties, compared in depth. It runs over every node of the graph on
 * each keystroke, so it allocates nothing (no key arrays): on the 60-container stress pod
 * `Object.keys` here was the largest single source of garbage while typing.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key)) continue;
    if (!Object.hasOwn(y, key) || !deepEqual(x[key], y[key])) return false;
    keys++;
  }
  for (const key in y) if (Object.hasOwn(y, key)) keys--;
  return keys === 0;
}

/**
 * `next`, with each element replaced by the element of `previous` with its id when the
 * two are deep-equal; `previous` itself when that makes every element the same, so a
 * keystroke that changes no edge leaves React Flow's edges alone.
 */
export function shareById<T extends { readonly id: string }>(previous: readonly T[], next: readonly T[]): readonly T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  const shared = next.map((item) => {
    const old = before.get(item.id);
    return old !== undefined && deepEqual(old, item) ? old : item;
  });
  return shared.length === previous.length && shared.every((item, i) => item === previous[i]) ? previous : shared;
}

export function shareGraph(previous: DiagramGraph | undefined, next: DiagramGraph): DiagramGraph {
  if (!previous) return next;
  return { ...next, nodes: shareById(previous.nodes, next.nodes), edges: shareById(previous.edges, next.edges) };
}
