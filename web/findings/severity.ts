/**
 * Severity in words and shapes, so it is never told by colour alone: the findings panel,
 * the diagram's badges and edges, and the editor all use these.
 */
import type { Finding, Severity } from '@podsmith/lint';

/** Worst first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '✖', warning: '▲', info: 'ℹ' };

export const SEVERITY_WORD: Readonly<Record<Severity, { readonly one: string; readonly many: string }>> = {
  error: { one: 'error', many: 'errors' },
  warning: { one: 'warning', many: 'warnings' },
  info: { one: 'info', many: 'info' },
};

/** `1 error`, `2 warnings`, `3 info`. */
export function countText(severity: Severity, count: number): string {
  return `${count} ${count === 1 ? SEVERITY_WORD[severity].one : SEVERITY_WORD[severity].many}`;
}

/** The worst severity among findings and how many there are: what a badge shows. */
export interface FindingSummary {
  readonly severity: Severity;
  readonly count: number;
}

export function summarize(findings: readonly Pick<Finding, 'severity'>[]): FindingSummary | undefined {
  const severity = SEVERITIES.find((s) => findings.some((f) => f.severity === s));
  return severity && { severity, count: findings.length };
}

/** `2 findings, worst: error`: the badge's accessible name. */
export function summaryText(summary: FindingSummary): string {
  return `${summary.count} ${summary.count === 1 ? 'finding' : 'findings'}, worst: ${summary.severity}`;
}
