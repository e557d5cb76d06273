import { useId, useMemo, useState } from 'react';
import type { PodPattern } from '@podsmith/patterns/pods';
import { usePodsmith } from '../store/store';
import { SEVERITY_ICON } from '../findings/severity';
import { countsText } from '../findings/model';
import { Timeline } from '../timeline/Timeline';
import { lintPatternForm } from './findings';
import { simulatePatternForm } from './simulation';
import { formLabel, formTitle, openInDesigner, type FormName } from './openInDesigner';

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
  const lifecycle = useMemo(() => simulatePatternForm(yaml, version), [yaml, version]);
  const [opening, setOpening] = useState(false);
  const headingId = useId();

  return (
    <section className={`gallery__form gallery__form--${form}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{formTitle(pattern, form)}</h3>
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
            <p className="gallery__counts">{countsText(findings)}</p>
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
      <section className="gallery__timeline" aria-label={`Timeline of the ${label} form`}>
        <h4>Startup and termination</h4>
        {lifecycle ? <Timeline simulation={lifecycle.simulation} title={`${lifecycle.title} (${label} form)`} /> : <p>This form holds no pod to simulate.</p>}
      </section>
      <pre className="gallery__yaml" role="region" tabIndex={0} aria-label={`YAML of the ${label} form`}>
        {yaml}
      </pre>
    </section>
  );
}
