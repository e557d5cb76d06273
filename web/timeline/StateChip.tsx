import { useCallback } from 'react';
import { usePodsmith, type PodsmithState } from '../store/store';
import { usePlayback } from './playback';
import { clampStep, spanAtStep, stepCount } from './steps';
import { STATE_MEANING, STATE_WORD } from './states';
import './timeline.css';

/**
 * On a container node of the diagram, while the timeline is stepped through: the
 * container's state at the current step, as a word on the state's pattern. Selects the
 * span itself, so a node re-renders only when its own state changes.
 */
export function StateChip({ container }: { readonly container: string }) {
  const step = usePlayback((s) => s.step);
  const select = useCallback(
    (s: PodsmithState) => (step === undefined || !s.simulation ? undefined : spanAtStep(s.simulation, clampStep(step, stepCount(s.simulation)), container)),
    [step, container],
  );
  const span = usePodsmith(select);
  if (!span) return null;
  return (
    <span className={`state-chip state-chip--${span.state}`} title={span.label ? `${STATE_MEANING[span.state]}: ${span.label}` : STATE_MEANING[span.state]}>
      <span className="visually-hidden">At this step: </span>
      {STATE_WORD[span.state]}
    </span>
  );
}
