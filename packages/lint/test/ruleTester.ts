/**
 * A small RuleTester in the style of ESLint's: each rule's test lists manifests that
 * must not raise it (valid) and manifests that must, at which paths (invalid), with the
 * message and the quick fix where they matter. Only the rule under test runs.
 */
import { applyEdit, parseManifest, type Edit } from '@podsmith/manifest';
import { describe, expect, it } from 'vitest';
import { fixesFor, lintManifest, type Finding, type Rule, type Severity, type Suggestion } from '../src';
import { fieldPath } from '../src/paths';

export { yaml } from '../../../test-support/yaml';

export interface ValidCase {
  readonly name: string;
  readonly yaml: string;
  readonly k8sVersion?: string;
}

export interface ExpectedFinding {
  /** The finding's path as the API server prints it: `spec.template.spec.containers[1]`. */
  readonly path: string;
  /** Text the message must contain, or a pattern it must match. */
  readonly message?: string | RegExp;
  /** For findings in another document of the file. */
  readonly documentIndex?: number;
  /** For a finding whose severity is not the rule's. */
  readonly severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  /** Every finding the rule raises, in text order. */
  readonly errors: readonly ExpectedFinding[];
  /**
   * The quick fix of the first finding; `[]` asserts there is none. A fix is also applied
   * with applyEdit, and the rule must then report fewer findings.
   */
  readonly fix?: readonly Edit[];
  /**
   * The suggestions of the first finding; each is applied with applyEdit, and the rule must
   * then report fewer findings.
   */
  readonly suggestions?: readonly Suggestion[];
}

export function run(rule: Rule, yaml: string, k8sVersion?: string): { findings: readonly Finding[]; fixes: (f: Finding) => readonly Edit[] } {
  const parsed = parseManifest(yaml);
  expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
  // A manifest without anything to check would pass every valid case: a pod, or for the rules about whole objects, an object.
  if ('checkObject' in rule) expect(parsed.documents.some((d) => d.kind !== undefined)).toBe(true);
  else expect(parsed.pods.length).toBeGreaterThan(0);
  const options = { rules: [rule], k8sVersion };
  return { findings: lintManifest(parsed, options).findings, fixes: (f) => fixesFor(f, parsed, options) };
}

export function ruleTester(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(rule, c.yaml, c.k8sVersion).findings.map(describeFinding)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const { findings, fixes } = run(rule, c.yaml, c.k8sVersion);
          expect(findings.map((f) => f.ruleId)).toEqual(c.errors.map(() => rule.id));
          expect(findings.map((f) => fieldPath(f.path))).toEqual(c.errors.map((e) => e.path));
          c.errors.forEach((expected, i) => {
            const finding = findings[i];
            if (expected.message instanceof RegExp) expect(finding?.message).toMatch(expected.message);
            else if (expected.message !== undefined) expect(finding?.message).toContain(expected.message);
            if (expected.documentIndex !== undefined) expect(finding?.documentIndex).toBe(expected.documentIndex);
            expect(finding?.severity).toBe(expected.severity ?? rule.severity);
          });
          const first = findings[0];
          if (c.fix && first) {
            expect(fixes(first)).toEqual(c.fix);
            expect(first.fixable).toBe(c.fix.length > 0);
          }
          const changes = [...(c.fix && c.fix.length > 0 ? [c.fix] : []), ...(c.suggestions ?? []).map((s) => s.edits)];
          if (c.suggestions) expect(first?.suggestions).toEqual(c.suggestions);
          for (const edits of changes) {
            const applied = applyEdit(c.yaml, { kind: 'batch', edits });
            if (!applied.ok) throw new Error(`the change does not apply: ${applied.error}`);
            expect(run(rule, applied.text, c.k8sVersion).findings.length).toBeLessThan(findings.length);
          }
        });
      }
    });
  });
}

function describeFinding(f: Finding): string {
  return `${f.ruleId} at ${fieldPath(f.path)}: ${f.message}`;
}
