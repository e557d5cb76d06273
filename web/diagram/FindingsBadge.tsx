import { SEVERITY_ICON, summaryText, type FindingSummary } from '../findings/severity';

/** The worst severity among a node's findings, and how many there are: a shape per severity, never colour alone. */
export function FindingsBadge({ findings }: { readonly findings: FindingSummary }) {
  const text = summaryText(findings);
  return (
    <span className={`findings-badge findings-badge--${findings.severity}`} role="img" aria-label={text} title={text}>
      <span aria-hidden="true">
        {SEVERITY_ICON[findings.severity]} {findings.count}
      </span>
    </span>
  );
}
