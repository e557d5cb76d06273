/** Test helpers for the field tables: find a form's field by its label, apply it, compare plain data. */
import { applyEdit, parseManifest, projectPod, valueAt, type PodView, type YamlPath } from '@podsmith/manifest';
import { containerSections } from './container';
import { fieldEdit } from './edit';
import type { FieldContext, FieldSpec, Section } from './model';
import { podSections } from './pod';
import { volumeSections } from './volume';

export function podOf(yaml: string): PodView {
  const parsed = parseManifest(yaml);
  const pod = parsed.pods[0] && projectPod(parsed, parsed.pods[0]);
  if (!pod) throw new Error('no pod');
  return pod;
}

/** `pod`, `c:<container>` or `v:<volume>`: whose form. */
export type Target = string;

export function sectionsOf(pod: PodView, target: Target): Section[] {
  if (target === 'pod') return podSections(pod);
  const name = target.slice(2);
  if (target.startsWith('c:')) {
    const container = pod.containers.find((c) => c.name === name);
    if (!container) throw new Error(`no container ${name}`);
    return containerSections(pod, container);
  }
  const volume = pod.volumes.find((v) => v.name === name);
  if (!volume) throw new Error(`no volume ${name}`);
  return volumeSections(pod, volume);
}

export function fieldsOf(sections: readonly Section[]): FieldSpec[] {
  return sections.flatMap((s) => [...s.fields, ...(s.lists ?? []).flatMap((l) => l.rows.flatMap((r) => r.fields))]);
}

export function specOf(pod: PodView, target: Target, label: string): FieldSpec {
  const spec = fieldsOf(sectionsOf(pod, target)).find((f) => f.label === label);
  if (!spec) throw new Error(`no field ${label} in ${target}`);
  return spec;
}

export const ctxOf = (pod: PodView): FieldContext => ({ pod, object: pod.workload.object, atLeast: () => true });

export function applied(yaml: string, pod: PodView, spec: FieldSpec, text: string): string {
  const edit = fieldEdit(pod, spec, text);
  if (!edit) throw new Error(`${spec.label}: no edit for ${JSON.stringify(text)}`);
  const result = applyEdit(yaml, edit);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

/** A deep copy without the key at `path`. */
export function without(object: unknown, path: YamlPath): unknown {
  const copy = structuredClone(object) as Record<string, unknown>;
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

