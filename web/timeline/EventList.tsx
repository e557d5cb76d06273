import { useId, useState } from 'react';
import type { Phase, Simulation } from '@podsmith/lifecycle';
import { copyText } from '../app/fileActions';
import { eventsText, PHASE_HEADING } from './eventsText';
import { tickText } from './scale';

interface Props {
  readonly simulation: Simulation;
  /** The first line of the copied text: `Deployment web, Kubernetes 1.33`. */
  readonly title: string;
  readonly step: number | undefined;
}

/** The events in words, numbered as the steps, the current one marked; "Copy events" copies them as plain text. */
export function EventList({ simulation, title, step }: Props) {
  const headingId = useId();
  const [copied, setCopied] = useState<string>();
  const { startup, shutdown } = simulation;
  const copy = async () => {
    const ok = await copyText(eventsText(simulation, title));
    setCopied(ok ? 'Copied the events as plain text.' : 'The browser refused the clipboard: select the list and copy it.');
  };
  return (
    <section className="timeline-events" aria-labelledby={headingId}>
      <div className="timeline-section__head">
        <h3 id={headingId}>Events</h3>
        <button type="button" onClick={() => void copy()}>
          Copy events
        </button>
        <span role="status" className="timeline-events__copied">
          {copied}
        </span>
      </div>
      <PhaseEvents phase={startup} first={0} step={step} />
      <PhaseEvents phase={shutdown} first={startup.events.length} step={step} />
    </section>
  );
}

function PhaseEvents({ phase, first, step }: { readonly phase: Phase; readonly first: number; readonly step: number | undefined }) {
  return (
    <>
      <h4>{PHASE_HEADING[phase.kind]}</h4>
      <ol start={first + 1}>
        {phase.events.map((event, i) => (
          <li key={i} aria-current={step === first + i ? 'step' : undefined}>
            <span className="timeline-events__time">{tickText(phase.kind, event.at)}</span> {event.text}
          </li>
        ))}
      </ol>
      {phase.end === undefined && <p className="timeline-events__never">… and it never ends.</p>}
    </>
  );
}
