import type { Simulation } from '@podsmith/lifecycle';
import { tickText } from './scale';
import { stepAt } from './steps';

interface Props {
  readonly step: number | undefined;
  readonly count: number;
  readonly playing: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onPlay: () => void;
  readonly onPause: () => void;
  readonly onStop: () => void;
}

/** Step through the events (or play them). */
export function PlaybackControls({ step, count, playing, onPrevious, onNext, onPlay, onPause, onStop }: Props) {
  return (
    <div className="timeline-playback" role="group" aria-label="Step through the events">
      <button type="button" onClick={onPrevious} disabled={step === undefined}>
        <span aria-hidden="true">◀ </span>Previous
      </button>
      {playing ? (
        <button type="button" onClick={onPause}>
          <span aria-hidden="true">❚❚ </span>Pause
        </button>
      ) : (
        <button type="button" onClick={onPlay} disabled={count === 0}>
          <span aria-hidden="true">▶ </span>Play
        </button>
      )}
      <button type="button" onClick={onNext} disabled={count === 0 || step === count - 1}>
        Next<span aria-hidden="true"> ▶</span>
      </button>
      <button type="button" onClick={onStop} disabled={step === undefined && !playing}>
        Stop
      </button>
    </div>
  );
}

/** The current step in words, under the chart; politely announced as it changes. */
export function StepCaption({ simulation, step, count }: { readonly simulation: Simulation; readonly step: number | undefined; readonly count: number }) {
  const current = stepAt(simulation, step);
  return (
    <p className="timeline-caption" aria-live="polite">
      {current && step !== undefined ? (
        <>
          <strong>
            Step {step + 1} of {count}
          </strong>{' '}
          <span className="timeline-caption__time">{tickText(current.phase.kind, current.event.at)}</span> {current.event.text}
        </>
      ) : (
        `${count} events. Next or Play follows them; the diagram shows each container's state.`
      )}
    </p>
  );
}
