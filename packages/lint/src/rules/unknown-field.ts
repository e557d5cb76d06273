/**
 * unknown-field: a field the API's schema does not have at the target version. The API
 * server decodes strictly (field validation Strict, kubectl's default since 1.27) and
 * rejects the whole object: `strict decoding error: unknown field "spec.containers[0].x"`.
 * With validation off (`--validate=false`, older clients) the field is dropped without a
 * word, which is worse: a mistyped probe or limit silently does not exist.
 *
 * Only kinds the schema knows are checked (the workloads, Service, ConfigMap, Secret,
 * ServiceAccount, PersistentVolumeClaim at their current apiVersions); custom resources
 * and kinds Podsmith does not know are left alone.
 */
import { valueAt, type Edit } from '@podsmith/manifest';
import { containerNameAt } from '../objects';
import { recordOr } from '@podsmith/lifecycle';
import { fieldType, issuesAs, minorOf, schemaIssues, type UnknownField } from '../schema/strict';
import { suggestField } from '../schema/suggest';
import type { ObjectRule, ObjectView, RawFinding } from '../types';

export const rule: ObjectRule = {
  id: 'unknown-field',
  category: 'schema',
  severity: 'error',
  docs: {
    summary: 'A field the Kubernetes API does not have at the target version: a typo, a misplaced key, or a field newer than the cluster.',
    why: 'The API server decodes manifests strictly (kubectl applies with --validate=strict by default since 1.27) and rejects the whole object: `strict decoding error: unknown field "spec.template.spec.containers[0].imagePullPolicyy"`. Where validation is off, the field is dropped silently, so the probe, limit or policy it was meant to set does not exist. A field added in a later release (container restartPolicy in 1.28, lifecycle.stopSignal in 1.33, restartPolicyRules in 1.34) is unknown to an older API server in the same way.',
    fix: 'Fix the spelling or the indentation (the quick fix renames a key when the field it was meant to be is unambiguous), or target the Kubernetes version that has the field.',
    link: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
  },
  checkObject(object, ctx) {
    const minor = minorOf(ctx.version);
    return unknownFields(object, minor).map((issue): RawFinding => {
      const path = [...object.path, ...issue.path];
      return { path, container: containerNameAt(object.value, issue.path), message: `unknown field ${JSON.stringify(ctx.apiPath(path))}${why(issue, ctx.version)}` };
    });
  },
  fixObject(finding, object, ctx) {
    const minor = minorOf(ctx.version);
    const issue = unknownFields(object, minor).find((i) => samePath([...object.path, ...i.path], finding.path));
    const to = issue && renameTarget(issue, object, minor);
    return to ? [{ kind: 'renameKey', documentIndex: object.documentIndex, path: finding.path, to } satisfies Edit] : [];
  },
};

function unknownFields(object: ObjectView, minor: number): UnknownField[] {
  return schemaIssues(object.value, minor).filter((i): i is UnknownField => i.kind === 'unknown');
}

/** What comes after the path: when the field exists, or which field was meant. */
function why(issue: UnknownField, version: string): string {
  const { history } = issue;
  if (history?.since && minorOf(history.since) > minorOf(version)) {
    const gate = history.gate ? ` with the ${history.gate} feature gate` : '';
    return `: Kubernetes ${version} does not have it (added in ${history.since}${gate})`;
  }
  if (history?.until) return `: Kubernetes ${version} does not have it (removed in ${history.until})`;
  const meant = suggestField(issue.key, issue.siblings);
  return meant ? ` (did you mean ${JSON.stringify(meant)}?)` : '';
}

/**
 * The key to rename an unknown key to, when that keeps its meaning: the suggestion is
 * unambiguous (suggest.ts), the mapping does not have that key already (two keys would
 * be one field), and the value fits the field it would become (no type error in it).
 */
function renameTarget(issue: UnknownField, object: ObjectView, minor: number): string | undefined {
  if (issue.history) return undefined;
  const to = suggestField(issue.key, issue.siblings);
  const type = to && fieldType(issue.definition, to);
  if (!to || !type) return undefined;
  const parent = recordOr(valueAt(object.value, issue.path.slice(0, -1)));
  if (!parent || Object.hasOwn(parent, to)) return undefined;
  // Inner problems of the value stay what they are; its own type must be the field's.
  const fits = issuesAs(parent[issue.key], type, minor).every((i) => i.path.length > 0);
  return fits ? to : undefined;
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
