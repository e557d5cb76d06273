/**
 * --fix, like `eslint --fix`: apply the quick fixes, re-lint, repeat until nothing fixable
 * is left, a pass changes nothing, or MAX_PASSES passes have run. Each fix goes through
 * @podsmith/manifest's applyEdit, so the text changes only where a fix is about, and
 * every intermediate text parses. Pure: text in, text out.
 *
 * One pass applies at most one fix per pod (or per document without a pod): a fix may move or add containers, which
 * renumbers the pod's lists, so the pod's other fixes (computed from the text before)
 * could point at the wrong container. Pods do not share containers, and no Edit adds or
 * removes a document, so fixes in different pods of one pass stay valid.
 */
import { lintManifest, quickFix, type Finding, type LintOptions } from '@podsmith/lint';
import { applyEdit } from '@podsmith/manifest';
import { parseFile } from './lint';
import type { AppliedFix } from './report';

export const MAX_PASSES = 10;

export interface FixOutcome {
  /** The fixed text; the input itself when nothing was fixed. */
  readonly text: string;
  readonly applied: readonly AppliedFix[];
  readonly passes: number;
}

export function fixText(text: string, options: LintOptions): FixOutcome {
  const applied: AppliedFix[] = [];
  /** Fixes applyEdit refused, by finding: not tried again. */
  const refused = new Set<string>();
  const seen = new Set([text]);
  let passes = 0;
  while (passes < MAX_PASSES) {
    const parsed = parseFile(text);
    if (!parsed.ok) break;
    passes++;
    const fixable = lintManifest(parsed, options).findings.filter((f) => f.fixable && !refused.has(keyOf(f)));
    const passApplied: AppliedFix[] = [];
    let next = text;
    for (const findings of byPod(fixable).values()) {
      for (const finding of findings) {
        const edit = quickFix(finding, parsed, options);
        const result = edit && applyEdit(next, edit);
        if (result?.ok) {
          next = result.text;
          passApplied.push({ ruleId: finding.ruleId, message: finding.message });
          break;
        }
        refused.add(keyOf(finding));
      }
    }
    if (seen.has(next)) break; // no progress, or fixes undoing each other: keep the text before
    seen.add(next);
    applied.push(...passApplied);
    text = next;
  }
  return { text, applied, passes };
}

function keyOf(finding: Finding): string {
  return `${finding.id}\u0000${finding.message}`;
}

function byPod(findings: readonly Finding[]): Map<string, Finding[]> {
  const pods = new Map<string, Finding[]>();
  for (const finding of findings) {
    // A finding about an object without a pod (a Service) shares its group with its document.
    const key = finding.pod ? `${finding.pod.documentIndex}:${finding.pod.specPath.join('.')}` : `${finding.documentIndex}`;
    pods.set(key, [...(pods.get(key) ?? []), finding]);
  }
  return pods;
}
