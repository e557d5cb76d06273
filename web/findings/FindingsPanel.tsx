import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef } from 'react';
import type { Finding, LintResult } from '@podsmith/lint';
import type { ParsedManifest, PodView } from '@podsmith/manifest';
import type { Simulation } from '@podsmith/lifecycle';
import { usePodsmith } from '../store/store';
import { useStrip } from '../app/strip';
import { shownProblemForFinding } from '../timeline/links';
import { stepForProblem } from '../timeline/steps';
import { usePlayback } from '../timeline/playback';
import type { Linter } from '../store/linter';
import { countText, SEVERITY_ICON } from './severity';
import { currentFinding, findingSubject, fixLabel, groupBySeverity, sameShownFinding, severityCounts, workloadOf } from './model';
import './findings.css';

/**
 * The findings of every pod in the file, for the chosen Kubernetes version: grouped by
 * severity, each with the rule's reasons and source, a Fix button where the rule has a
 * quick fix, and a button per suggestion (a change of behaviour the user picks, such as
 * which container's port moves). Clicking a finding shows it in the diagram and the editor.
 *
 * The list follows the diagram by a frame: what it shows is React's deferred value of the
 * store, so the render of an edit (a keystroke, a gesture) paints the diagram and the
 * editor first, and the list (a few milliseconds for dozens of findings) renders after.
 */
export function FindingsPanel() {
  const lint = useDeferredValue(usePodsmith((s) => s.lint));
  const linter = usePodsmith((s) => s.linter);
  const stale = useDeferredValue(usePodsmith((s) => s.stale));
  const version = usePodsmith((s) => s.k8sVersion);
  const lastGood = useDeferredValue(usePodsmith((s) => s.lastGood));
  const simulation = useDeferredValue(usePodsmith((s) => s.simulation));
  const pod = useDeferredValue(usePodsmith((s) => s.pod));
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const onFixed = useCallback(() => title.current?.focus(), []);

  return (
    <section className={stale ? 'findings findings--stale' : 'findings'} aria-labelledby={titleId}>
      <header className="findings__header">
        <h2 id={titleId} ref={title} tabIndex={-1}>
          Findings
        </h2>
        <span className="findings__version">for Kubernetes {version}</span>
        {lint && (
          <ul className="findings__counts" aria-label="Counts">
            {severityCounts(lint.findings).map(({ severity, count }) => (
              <li key={severity} className={`findings__count severity--${severity}`}>
                <span aria-hidden="true">{SEVERITY_ICON[severity]} </span>
                {countText(severity, count)}
              </li>
            ))}
          </ul>
        )}
      </header>
      {stale && <p className="findings__note">The YAML has errors: these are the findings of its last valid version.</p>}
      {!lint || !linter ? (
        <p className="findings__note" role="status">
          Checking…
        </p>
      ) : (
        <Findings lint={lint} linter={linter} parsed={lastGood} stale={stale} simulation={simulation} pod={pod} onFixed={onFixed} />
      )}
    </section>
  );
}

interface FindingsProps {
  readonly lint: LintResult;
  readonly linter: Linter;
  readonly parsed: ParsedManifest;
  readonly stale: boolean;
  /** The timeline's run of the pod on the diagram: findings it shows as a problem link to it. */
  readonly simulation: Simulation | undefined;
  readonly pod: PodView | undefined;
  /** The fixed finding (and its button) is gone: the panel takes the focus. */
  readonly onFixed: () => void;
}

/** Memoized: while the deferred values are the previous ones, the urgent render skips the list. */
const Findings = memo(function Findings({ lint, linter, parsed, stale, simulation, pod, onFixed }: FindingsProps) {
  const groups = useMemo(() => groupBySeverity(lint.findings), [lint]);
  return (
    <>
      {groups.length === 0 && (
        <p className="findings__note">
          No findings: the {linter.RULES.filter((rule) => linter.appliesTo(rule, lint.k8sVersion)).length} rules that apply to Kubernetes{' '}
          {lint.k8sVersion} found nothing to fix. Findings show here, as badges on the diagram and as squiggles in the editor.
        </p>
      )}
      {groups.map(({ severity, findings }) => (
        <section key={severity} className="findings__group" aria-label={countText(severity, findings.length)}>
          <h3 className={`severity--${severity}`}>
            <span aria-hidden="true">{SEVERITY_ICON[severity]} </span>
            {countText(severity, findings.length)}
          </h3>
          <ul className="findings__list">
            {findings.map((finding) => (
              <FindingItem
                key={finding.id}
                finding={finding}
                linter={linter}
                workload={workloadOf(parsed, finding)}
                stale={stale}
                onFixed={onFixed}
                // Findings the timeline shows as a problem (of the pod on the diagram) offer "Show on timeline".
                problem={simulation && pod ? shownProblemForFinding(finding, simulation, pod) : -1}
              />
            ))}
          </ul>
        </section>
      ))}
      <Suppressed lint={lint} parsed={parsed} />
    </>
  );
});


interface FindingItemProps {
  readonly finding: Finding;
  readonly linter: Linter;
  readonly workload: string | undefined;
  readonly stale: boolean;
  readonly onFixed: () => void;
  /** Index of the timeline problem that shows this finding, or -1. */
  readonly problem: number;
}

/**
 * Memoized on what the item shows: a lint after an edit re-renders only the items that
 * read differently. The buttons act on the store's current finding of the same id (its
 * range and edits are of the current text), not the one this item was rendered from.
 */
const FindingItem = memo(FindingItemView, (a, b) => a.linter === b.linter && a.workload === b.workload && a.stale === b.stale && a.onFixed === b.onFixed && a.problem === b.problem && sameShownFinding(a.finding, b.finding));

function FindingItemView({ finding, linter, workload, stale, onFixed, problem }: FindingItemProps) {
  const showFinding = usePodsmith((s) => s.showFinding);
  const applyFix = usePodsmith((s) => s.applyFix);
  const applySuggestion = usePodsmith((s) => s.applySuggestion);
  const docs = linter.docsFor(finding.ruleId);
  const message = useRef<HTMLButtonElement>(null);
  const focus = useStrip((s) => s.focus);
  const focusDone = useStrip((s) => s.focusDone);
  const focusProblem = useStrip((s) => s.focusProblem);
  const setStep = usePlayback((s) => s.setStep);

  // A problem's mark on the timeline links here.
  useEffect(() => {
    if (focus?.target !== 'finding' || focus.id !== finding.id) return;
    message.current?.focus();
    focusDone(focus.seq);
  }, [focus, finding.id, focusDone]);

  const current = () => currentFinding(usePodsmith.getState().lint?.findings, finding.id) ?? finding;
  const showOnTimeline = () => {
    const simulation = usePodsmith.getState().simulation;
    const target = simulation?.problems[problem];
    if (!simulation || !target) return;
    setStep(stepForProblem(simulation, target));
    focusProblem(problem);
  };
  return (
    <li className={`finding severity--${finding.severity}`}>
      <div className="finding__head">
        <button type="button" ref={message} className="finding__message" title="Show in the diagram and the editor" onClick={() => showFinding(current())}>
          {finding.message}
        </button>
        {finding.fixable && (
          <button type="button" className="finding__fix" aria-label={fixLabel(finding)} disabled={stale} onClick={() => applyFix(current()) && onFixed()}>
            Fix
          </button>
        )}
      </div>
      {finding.suggestions.length > 0 && (
        <ul className="finding__suggestions" aria-label={`Suggestions for ${findingSubject(finding)}`}>
          {finding.suggestions.map((suggestion, i) => (
            <li key={suggestion.description}>
              <button type="button" className="finding__suggestion" disabled={stale} onClick={() => applySuggestion(current(), i) && onFixed()}>
                {suggestion.description}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="finding__meta">
        <code>{finding.ruleId}</code>
        {workload && <span> · {workload}</span>}
        {problem >= 0 && (
          <>
            {' · '}
            <button type="button" className="link-button finding__timeline" onClick={showOnTimeline}>
              Show on timeline
              <span className="visually-hidden">: {findingSubject(finding)}</span>
            </button>
          </>
        )}
      </p>
      {docs && (
        <details className="finding__docs">
          <summary>{docs.summary}</summary>
          <p>
            <strong>Why: </strong>
            {docs.why}
          </p>
          <p>
            <strong>Fix: </strong>
            {docs.fix}
          </p>
          <p>
            <strong>Source: </strong>
            <a href={docs.link} target="_blank" rel="noopener noreferrer">
              {docs.link}
            </a>
          </p>
        </details>
      )}
    </li>
  );
}

/** "2 suppressed", expandable to the findings and the reasons given; and annotations that do not count, with why. */
function Suppressed({ lint, parsed }: { readonly lint: LintResult; readonly parsed: ParsedManifest }) {
  if (lint.suppressed.length === 0 && lint.ignoredSuppressions.length === 0) return null;
  return (
    <details className="findings__suppressed">
      <summary>
        {lint.suppressed.length} suppressed
        {lint.ignoredSuppressions.length > 0 && `, ${lint.ignoredSuppressions.length} suppression${lint.ignoredSuppressions.length === 1 ? '' : 's'} not counted`}
      </summary>
      <ul>
        {lint.suppressed.map((s) => {
          const workload = workloadOf(parsed, s);
          return (
            <li key={s.id}>
              <code>{s.ruleId}</code>
              {workload && <span> · {workload}</span>}: {s.message}
              <br />
              Suppressed by <code>{s.annotation}</code>: “{s.reason}”
            </li>
          );
        })}
        {lint.ignoredSuppressions.map((s) => (
          <li key={`${s.pod.documentIndex}:${s.annotation}`}>
            <code>{s.annotation}</code> does not count: {s.problem === 'missing-reason' ? 'it gives no reason (write the reason as its value)' : 'it names no known rule'}.
          </li>
        ))}
      </ul>
    </details>
  );
}
