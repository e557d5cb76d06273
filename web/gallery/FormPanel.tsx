import { useId, useMemo, useState } from 'react';
import type { PodPattern } from '@podsmith/patterns/pods';
import { usePodsmith } from '../store/store';
import { countText, SEVERITY_ICON } from '../findings/severity';
import { severityCounts } from '../findings/model';
import { lintPatternForm } from './findings';
import { formLabel, openInDesigner, type FormName } from './openInDesigner';

interface FormPanelProps {
  readonly pattern: PodPattern;
  readonly form: FormName;
}

/** One form of a pattern: what it does, what the linter says about it, its YAML, and a way into the designer. */
export function FormPanel({ pattern, form }: FormPanelProps) {
  const { summary, yaml } = pattern[form];
  const label = formLabel(pattern, form);
  const linter = usePodsmith((s) => s.linter);
  const version = usePodsmith((s) => s.k8sVersion);
  const findings = useMemo(() => linter && lintPatternForm(linter, yaml, version), [linter, yaml, version]);
  const [opening, setOpening] = useState(false);
  const headingId = useId();
  const title = `${label[0]!.toUpperCase()}${label.slice(1)} form`;

  return (
    <section className={`gallery__form gallery__form--${form}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p>{summary}</p>
      <button
        type="button"
        className={form === 'fixed' ? 'primary' : undefined}
        aria-label={`Open in designer: the ${label} form`}
        disabled={opening}
        onClick={() => {
          setOpening(true);
          void openInDesigner(pattern, form);
        }}
      >
        {opening ? 'Opening…' : 'Open in designer'}
      </button>
      <section className="gallery__findings" aria-label={`Findings of the ${label} form`}>
        <h4>
          Findings <span className="gallery__version">for Kubernetes {version}</span>
        </h4>
        {!findings ? (
          <p role="status">Checking…</p>
        ) : findings.length === 0 ? (
          <p>No findings.</p>
        ) : (
          <>
            <p className="gallery__counts">
              {severityCounts(findings)
                .filter(({ count }) => count > 0)
                .map(({ severity, count }) => countText(severity, count))
                .join(', ')}
            </p>
            <ul>
              {findings.map((f) => (
                <li key={f.id} className={`finding severity--${f.severity}`}>
                  <span aria-hidden="true">{SEVERITY_ICON[f.severity]} </span>
                  <strong>{f.severity}</strong> <code>{f.ruleId}</code>
                  {form === 'broken' && f.ruleId === pattern.broken.rule && <em className="gallery__point"> (what this pattern is about)</em>}
                  <p>{f.message}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {/*
        TIMELINE: the lifecycle timeline of this form goes here, between the findings and
        the YAML: web/timeline's component (branch timeline-view) fed with
        simulate(pod) from packages/lifecycle (branch lifecycle-model). Not shown until
        both exist; the lead embeds it after merging them.
      */}
      <pre className="gallery__yaml" role="region" tabIndex={0} aria-label={`YAML of the ${label} form`}>
        {yaml}
      </pre>
    </section>
  );
}
