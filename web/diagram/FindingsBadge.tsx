import type { FindingSummary } from './graph';

/** A shape per severity, so the badge never relies on colour alone. */
const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/** The worst severity among a node's findings, and how many there are. */
export function FindingsBadge({ findings }: { readonly findings: FindingSummary }) {
  const text = `${findings.count} ${findings.count === 1 ? 'finding' : 'findings'}, worst: ${findings.severity}`;
  return (
    <span className={`findings-badge findings-badge--${findings.severity}`} role="img" aria-label={text} title={text}>
      <span aria-hidden="true">
        {ICON[findings.severity]} {findings.count}
      </span>
    </span>
  );
}
