/** What the findings panel lists, as pure functions of the lint result. */
import type { Finding, Severity } from '@podsmith/lint';
import { describeObject, describePod, type ParsedManifest } from '@podsmith/manifest';
import { countText, SEVERITIES } from './severity';

export interface SeverityGroup {
  readonly severity: Severity;
  /** In text order, as the linter sorts them. */
  readonly findings: readonly Finding[];
}

/** Findings by severity, worst first; severities without findings are left out. */
export function groupBySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter((g) => g.findings.length > 0);
}

/** How many findings of each severity, every severity listed (the panel's summary line). */
export function severityCounts(findings: readonly Finding[]): { readonly severity: Severity; readonly count: number }[] {
  return SEVERITIES.map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length }));
}

/** `1 error, 2 warnings`: the severities there are, in one line (the gallery's summary). */
export function countsText(findings: readonly Finding[]): string {
  return severityCounts(findings)
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => countText(severity, count))
    .join(', ');
}

/**
 * `Deployment api`: which workload a finding is about, when the file holds more than one
 * (with one, every finding about a pod is about the pod on the diagram and this is
 * undefined); `Service web` for a finding about an object without a pod.
 */
export function workloadOf(parsed: ParsedManifest, finding: Finding): string | undefined {
  if (!finding.pod) return describeObject(parsed, finding.documentIndex);
  return parsed.pods.length > 1 ? describePod(parsed, finding.pod) : undefined;
}

/** `log-shipper-not-native in fluent-bit`: which finding a button is about, in its accessible name. */
export function findingSubject(finding: Finding): string {
  return `${finding.ruleId}${finding.container ? ` in ${finding.container}` : ''}`;
}

/** The Fix button's accessible name: it starts with its visible word and says what it fixes. */
export function fixLabel(finding: Finding): string {
  return `Fix ${findingSubject(finding)}`;
}

/**
 * Whether two findings read the same in the list: what an item shows (its text, rule,
 * severity, container, Fix button and suggestions). An edit lints again and makes new
 * finding objects, most of them the same but for their range; the list re-renders only
 * the items that read differently.
 */
export function sameShownFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.message === b.message &&
      a.ruleId === b.ruleId &&
      a.severity === b.severity &&
      a.container === b.container &&
      a.fixable === b.fixable &&
      a.suggestions.length === b.suggestions.length &&
      a.suggestions.every((s, i) => s.description === b.suggestions[i]!.description))
  );
}

/** The finding of the current lint with this id (an item kept from an earlier render acts on it), or undefined. */
export function currentFinding(findings: readonly Finding[] | undefined, id: string): Finding | undefined {
  return findings?.find((f) => f.id === id);
}
