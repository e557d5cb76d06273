/**
 * The objects of a file for the rules about whole objects: every document that is a
 * mapping, and every item of a `kind: List` (kubectl sends those one by one), each with
 * the pod it holds when Podsmith designs its kind.
 */
import { Derived, valueAt, type ParsedManifest, type YamlPath } from '@podsmith/manifest';
import { fieldPath } from './paths';
import { isRecord } from '@podsmith/lifecycle';
import { SUPPRESSION_PREFIX, type Suppression } from './suppression';
import type { ObjectContext, ObjectView } from './types';
import type { K8sVersion } from './version';

const cache = new Derived<ParsedManifest, readonly ObjectView[]>('objects');

export function objectsOf(parsed: ParsedManifest): readonly ObjectView[] {
  const known = cache.get(parsed);
  if (known) return known;
  const objects = parsed.documents.flatMap((document): ObjectView[] => {
    const { index: documentIndex, value } = document;
    if (!isRecord(value)) return [];
    if (value.kind === 'List' && Array.isArray(value.items)) {
      return value.items.flatMap((item: unknown, i: number): ObjectView[] => {
        if (!isRecord(item)) return [];
        const pod = document.listPods?.find((ref) => ref.specPath[1] === i);
        return [{ documentIndex, path: ['items', i], value: item, ...(pod ? { pod } : {}) }];
      });
    }
    return [{ documentIndex, path: [], value, ...(document.pod ? { pod: document.pod } : {}) }];
  });
  cache.set(parsed, objects);
  return objects;
}

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/** The name of the container a path (from the object's root) goes into, if any: findings name it, as the pod rules' do. */
export function containerNameAt(value: Readonly<Record<string, unknown>>, path: YamlPath): string | undefined {
  for (let i = path.length - 2; i >= 0; i--) {
    if (typeof path[i + 1] !== 'number' || !CONTAINER_LISTS.has(String(path[i]))) continue;
    const container = valueAt(value, path.slice(0, i + 2));
    return isRecord(container) && typeof container.name === 'string' ? container.name : undefined;
  }
  return undefined;
}

export function objectContext(object: ObjectView, version: K8sVersion): ObjectContext {
  return { version, apiPath: (path: YamlPath) => fieldPath(path.slice(object.path.length)) };
}

/**
 * `podsmith.dev/ignore-<rule-id>: "<reason>"` on an object without a pod (a Service):
 * the same annotation as on a workload, with a reason. Annotations that do not count
 * are reported for pods only (they are where the app lists them).
 */
export function objectSuppressions(value: Readonly<Record<string, unknown>>, knownRules: ReadonlySet<string>): ReadonlyMap<string, Suppression> {
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const annotations = isRecord(metadata.annotations) ? metadata.annotations : {};
  const byRule = new Map<string, Suppression>();
  for (const [annotation, reason] of Object.entries(annotations)) {
    const ruleId = annotation.slice(SUPPRESSION_PREFIX.length);
    if (annotation.startsWith(SUPPRESSION_PREFIX) && knownRules.has(ruleId) && typeof reason === 'string' && reason.trim() !== '') {
      byRule.set(ruleId, { annotation, reason: reason.trim() });
    }
  }
  return byRule;
}
