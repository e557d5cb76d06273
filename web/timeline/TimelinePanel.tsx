import { useEffect, useId, useMemo } from 'react';
import { usePodsmith } from '../store/store';
import { useStrip } from '../app/strip';
import { noOverrides, withOverride } from './assumptions';
import { timelineTitle } from './eventsText';
import { findingForProblem } from './links';
import { usePlayback } from './playback';
import { Timeline } from './Timeline';

/**
 * The timeline in the app: the store's simulation of the pod on the diagram, its step
 * shared with the diagram's state chips, each problem's mark a link to its finding, and
 * the assumptions edited as app state.
 */
export function TimelinePanel() {
  const simulation = usePodsmith((s) => s.simulation);
  const simulationError = usePodsmith((s) => s.simulationError);
  const pod = usePodsmith((s) => s.pod);
  const stale = usePodsmith((s) => s.stale);
  const version = usePodsmith((s) => s.k8sVersion);
  const lint = usePodsmith((s) => s.lint);
  const overrides = usePodsmith((s) => s.assumptionOverrides);
  const setOverrides = usePodsmith((s) => s.setAssumptionOverrides);
  const showFinding = usePodsmith((s) => s.showFinding);
  const step = usePlayback((s) => s.step);
  const setStep = usePlayback((s) => s.setStep);
  const focus = useStrip((s) => s.focus);
  const focusFinding = useStrip((s) => s.focusFinding);
  const focusDone = useStrip((s) => s.focusDone);
  const titleId = useId();

  const links = useMemo(() => (simulation && pod && lint ? simulation.problems.map((p) => findingForProblem(p, lint.findings, pod)) : []), [simulation, pod, lint]);
  const linked = useMemo(() => new Set(links.flatMap((finding, index) => (finding ? [index] : []))), [links]);
  const focusProblem = useMemo(() => (focus?.target === 'problem' ? { index: focus.index, seq: focus.seq } : undefined), [focus]);
  // The chart (a child: its effects run first) has focused the mark by now.
  useEffect(() => {
    if (focusProblem && simulation) focusDone(focusProblem.seq);
  }, [focusProblem, simulation, focusDone]);
  const title = pod ? timelineTitle(pod, version) : '';

  return (
    <section className={stale ? 'timeline-panel timeline-panel--stale' : 'timeline-panel'} aria-labelledby={titleId}>
      {/* The tab says "Timeline" already: the heading names the region, out of sight, and the room goes to the chart. */}
      <h2 id={titleId} className="visually-hidden">
        Timeline
      </h2>
      {stale && <p className="timeline-panel__note">The YAML has errors: this is the timeline of its last valid version.</p>}
      {!pod ? (
        <p className="timeline-panel__note">No pod to follow yet.</p>
      ) : !simulation ? (
        <p className="timeline-panel__note" role="status">
          {simulationError ? `This pod could not be simulated: ${simulationError}` : 'Simulating…'}
        </p>
      ) : (
        <Timeline
          simulation={simulation}
          title={title}
          step={step}
          onStepChange={setStep}
          linkedProblems={linked}
          onProblemSelect={(index) => {
            const finding = links[index];
            if (!finding) return;
            showFinding(finding);
            focusFinding(finding.id);
          }}
          focusProblem={focusProblem}
          onAssumptionChange={(field, seconds) => setOverrides(withOverride(usePodsmith.getState().assumptionOverrides, field, seconds))}
          onAssumptionsReset={() => setOverrides({})}
          assumptionsChanged={!noOverrides(overrides)}
        />
      )}
    </section>
  );
}
