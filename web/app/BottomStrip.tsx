import { lazy, Suspense, useId, useRef, type KeyboardEvent } from 'react';
import { FindingsPanel } from '../findings/FindingsPanel';
import { usePodsmith } from '../store/store';
import { shownProblems } from '../timeline/problems';
import { useStrip, type StripTab } from './strip';
import { tabAfterKey } from './tabs';

// The timeline's view is a chunk of its own, asked for when its tab is first opened.
const TimelinePanel = lazy(() => import('../timeline/TimelinePanel').then((module) => ({ default: module.TimelinePanel })));

const TABS: readonly StripTab[] = ['findings', 'timeline'];
const TAB_WORD: Readonly<Record<StripTab, string>> = { findings: 'Findings', timeline: 'Timeline' };

/**
 * The strip under the diagram: Findings and Timeline as two tabs (WAI-ARIA tabs, the
 * arrow keys move between them). Tabs rather than side by side: at 1280 × 800 the
 * diagram column is under 500 px wide, too narrow for a timeline beside a list.
 * The findings stay mounted (the Fix focus and the timeline's links rely on them); the
 * timeline renders only while it shows, so typing does not redraw it unseen.
 */
export function BottomStrip() {
  const tab = useStrip((s) => s.tab);
  const showTab = useStrip((s) => s.showTab);
  const problems = usePodsmith((s) => (s.simulation ? shownProblems(s.simulation).length : 0));
  const findings = usePodsmith((s) => s.lint?.findings.length);
  const id = useId();
  const tabs = useRef(new Map<StripTab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(TABS, tab, event.key);
    if (!next) return;
    event.preventDefault();
    showTab(next);
    tabs.current.get(next)?.focus();
  };

  const count: Readonly<Record<StripTab, string | undefined>> = {
    findings: findings === undefined ? undefined : String(findings),
    timeline: problems > 0 ? `${problems} ${problems === 1 ? 'problem' : 'problems'}` : undefined,
  };

  return (
    <div className="strip">
      <div className="strip__tabs" role="tablist" aria-label="Under the diagram" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`${id}-${t}-tab`}
            aria-selected={tab === t}
            aria-controls={`${id}-${t}-panel`}
            tabIndex={tab === t ? 0 : -1}
            className="strip__tab"
            ref={(element) => {
              if (element) tabs.current.set(t, element);
            }}
            onClick={() => showTab(t)}
          >
            {TAB_WORD[t]}
            {count[t] && <span className="strip__count"> · {count[t]}</span>}
          </button>
        ))}
      </div>
      <div className="strip__panel" role="tabpanel" id={`${id}-findings-panel`} aria-labelledby={`${id}-findings-tab`} hidden={tab !== 'findings'}>
        <FindingsPanel />
      </div>
      <div className="strip__panel" role="tabpanel" id={`${id}-timeline-panel`} aria-labelledby={`${id}-timeline-tab`} hidden={tab !== 'timeline'}>
        {tab === 'timeline' && (
          <Suspense fallback={<p className="loading">Loading the timeline…</p>}>
            <TimelinePanel />
          </Suspense>
        )}
      </div>
    </div>
  );
}
