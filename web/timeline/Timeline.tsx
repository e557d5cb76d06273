import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Simulation } from '@podsmith/lifecycle';
import type { AssumptionField } from './assumptions';
import { AssumptionsForm } from './AssumptionsForm';
import { EventList } from './EventList';
import { Legend } from './Legend';
import { PlaybackControls, StepCaption } from './PlaybackControls';
import { problemTitle, shownProblems } from './problems';
import { timelineRows } from './rows';
import { moveStep, stepAfterKey, stepCount } from './steps';
import { TimelineChart } from './TimelineChart';
import './timeline.css';

/** How long Play stays on each step. */
const PLAY_STEP_MS = 1100;

export interface TimelineProps {
  readonly simulation: Simulation;
  /** What the timeline is of: `Deployment web, Kubernetes 1.33` (the chart's name and the copied text's first line). */
  readonly title: string;
  /**
   * The current step (an index over the startup events, then the termination events),
   * with `onStepChange`: the app shares it with the diagram. Without `onStepChange` the
   * timeline keeps its own.
   */
  readonly step?: number | undefined;
  readonly onStepChange?: (step: number | undefined) => void;
  /** Makes the marks of these problems (indexes into `simulation.problems`) buttons that call `onProblemSelect`. */
  readonly linkedProblems?: ReadonlySet<number>;
  readonly onProblemSelect?: (index: number) => void;
  /** Focus a problem's mark; `seq` makes a repeated request a change. */
  readonly focusProblem?: { readonly index: number; readonly seq: number };
  /** Makes the assumptions editable: a field's new value, in seconds. */
  readonly onAssumptionChange?: (field: AssumptionField, seconds: number) => void;
  /** Shows a reset button for the assumptions. */
  readonly onAssumptionsReset?: () => void;
  /** Whether any assumption was changed by the user (enables the reset). */
  readonly assumptionsChanged?: boolean;
}

const NONE: ReadonlySet<number> = new Set();

/**
 * The lifecycle timeline of one simulated pod: playback controls, the lanes over time,
 * the problems in words, the events as a list and the assumptions. Independent of the
 * app's store: everything comes in as props (the pattern gallery embeds it as it is).
 */
export function Timeline({
  simulation,
  title,
  step: controlledStep,
  onStepChange,
  linkedProblems = NONE,
  onProblemSelect,
  focusProblem,
  onAssumptionChange,
  onAssumptionsReset,
  assumptionsChanged = false,
}: TimelineProps) {
  const prefix = `timeline${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [ownStep, setOwnStep] = useState<number>();
  const step = onStepChange ? controlledStep : ownStep;
  const setStep = onStepChange ?? setOwnStep;
  const [playing, setPlaying] = useState(false);
  const count = stepCount(simulation);
  const shown = step !== undefined && step < count ? step : undefined;
  const order = useMemo(() => timelineRows(simulation).map((r) => r.container), [simulation]);
  const problems = useMemo(() => shownProblems(simulation), [simulation]);

  // Play: one step at a time, stopping at the last.
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = moveStep(shown, count, 1);
      setStep(next);
      if (next === undefined || next >= count - 1) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, shown, count, setStep]);

  const onChartKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = event.target === event.currentTarget ? stepAfterKey(event.key, shown, count) : undefined;
    if (!next) return;
    event.preventDefault();
    setPlaying(false);
    setStep(next.step);
  };

  return (
    <div className="timeline">
      <PlaybackControls
        step={shown}
        count={count}
        playing={playing}
        onPrevious={() => setStep(moveStep(shown, count, -1))}
        onNext={() => setStep(moveStep(shown, count, 1))}
        onPlay={() => {
          if (shown === undefined || shown >= count - 1) setStep(0);
          setPlaying(true);
        }}
        onPause={() => setPlaying(false)}
        onStop={() => {
          setPlaying(false);
          setStep(undefined);
        }}
      />
      <TimelineChart
        simulation={simulation}
        prefix={prefix}
        step={shown}
        label={`Timeline of ${title}`}
        onKeyDown={onChartKey}
        linked={linkedProblems}
        onProblemSelect={onProblemSelect}
        focusProblem={focusProblem}
      />
      <StepCaption simulation={simulation} step={shown} count={count} />
      <Legend prefix={prefix} />
      {problems.length > 0 && (
        <ul className="timeline-problems" aria-label="Problems">
          {problems.map(({ problem, index }) => (
            <li key={index}>
              <strong>
                <span aria-hidden="true">⚠ </span>
                {problemTitle(problem, simulation)}:
              </strong>{' '}
              {problem.text} {problem.rule ? <code>{problem.rule}</code> : '(from the assumptions, not from a lint rule)'}
            </li>
          ))}
        </ul>
      )}
      {simulation.notes.length > 0 && (
        <ul className="timeline-notes" aria-label="Notes">
          {simulation.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <AssumptionsForm assumptions={simulation.assumptions} order={order} onChange={onAssumptionChange} onReset={onAssumptionsReset} changed={assumptionsChanged} />
      <EventList simulation={simulation} title={title} step={shown} />
    </div>
  );
}
