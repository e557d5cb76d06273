/**
 * "More fields in YAML": the fields an element has that its form does not model, so the
 * inspector can say so and jump there. Nothing here edits them: they stay as written.
 */
import { valueAt, type YamlPath } from '@podsmith/manifest';
import type { Section } from './model';

const keyOf = (path: YamlPath) => JSON.stringify(path);

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The paths under `root` (from the workload object) that no field of the sections reads
 * or writes, outermost first; `skip` are the element's own parts drawn elsewhere (a pod's
 * containers and volumes are the diagram's).
 */
export function unmodelledPaths(object: unknown, root: YamlPath, sections: readonly Section[], skip: readonly YamlPath[] = []): YamlPath[] {
  const fields = sections.flatMap((s) => [...s.fields, ...(s.lists ?? []).flatMap((l) => l.rows.flatMap((r) => r.fields))]);
  const covered = new Set([...fields.filter((f) => !f.alternatives).map((f) => f.path), ...sections.flatMap((s) => s.covers ?? []), ...skip].map(keyOf));
  // The paths that lead to a field: walked into, never reported as a whole.
  const inner = new Set<string>();
  for (const f of fields) for (let i = root.length; i <= f.path.length - (f.alternatives ? 0 : 1); i++) inner.add(keyOf(f.path.slice(0, i)));
  for (const s of sections) for (const l of s.lists ?? []) inner.add(keyOf(l.path));

  const out: YamlPath[] = [];
  const visit = (path: YamlPath) => {
    if (covered.has(keyOf(path))) return;
    const value = valueAt(object, path);
    if (!inner.has(keyOf(path))) {
      out.push(path);
      return;
    }
    if (isPlainMap(value)) for (const key of Object.keys(value)) visit([...path, key]);
    else if (Array.isArray(value)) value.forEach((_, i) => visit([...path, i]));
  };
  const top = valueAt(object, root);
  if (isPlainMap(top)) for (const key of Object.keys(top)) visit([...root, key]);
  return out;
}
