/**
 * `podsmith rules`: every rule the CLI reports, from the rule modules themselves (plus
 * `invalid-yaml`, the CLI's own): id, category, severity, the Kubernetes versions it
 * applies to, whether it has a quick fix or suggestions, and its summary, why, fix and source. Text for
 * people, or JSON (`--format json`).
 */
import { hasQuickFix, hasSuggestions, offersText, RULES, versionRangeText, type RuleMeta } from '@podsmith/lint';
import { INVALID_YAML } from '../parseProblems';

/** The rules the CLI can report, in catalogue order, invalid-yaml first. */
export const CLI_RULES: readonly RuleMeta[] = [INVALID_YAML, ...RULES];

export function formatRules(format: 'text' | 'json' | 'sarif', rules: readonly RuleMeta[] = CLI_RULES): string {
  if (format !== 'text') {
    const list = rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity, kubernetesVersions: versionRangeText(r), quickFix: hasQuickFix(r), suggestions: hasSuggestions(r), summary: r.docs.summary, why: r.docs.why, fix: r.docs.fix, source: r.docs.link }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const blocks = rules.map((r) =>
    [
      `${r.id}  ${r.category} · ${r.severity} · ${versionRangeText(r)}${offersText(r) ? ` · ${offersText(r)}` : ''}`,
      `  ${r.docs.summary}`,
      `  Why: ${r.docs.why}`,
      `  Fix: ${r.docs.fix}`,
      `  Source: ${r.docs.link}`,
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n\n${rules.length} rules.\n`;
}
