import { useId, useState } from 'react';
import type { Assumptions } from '@podsmith/lifecycle';
import { assumptionFields, parseSeconds, SOURCE_WORD, type AssumptionField } from './assumptions';

interface Props {
  readonly assumptions: Assumptions;
  /** The rows' order: containers are listed as the timeline draws them. */
  readonly order: readonly string[];
  /** Without it the assumptions are shown, not editable (the gallery). */
  readonly onChange: ((field: AssumptionField, seconds: number) => void) | undefined;
  readonly onReset: (() => void) | undefined;
  /** Whether the user changed any: the reset button is disabled otherwise. */
  readonly changed: boolean;
}

/**
 * The durations the simulation rests on, each with where it comes from and why; edited
 * here, they are the user's overrides (never written to the YAML). In a disclosure: a
 * pod of 60 containers has 180 of them.
 */
export function AssumptionsForm({ assumptions, order, onChange, onReset, changed }: Props) {
  const [open, setOpen] = useState(false);
  const fields = open ? assumptionFields(assumptions, order) : [];
  const grace = assumptions.terminationGracePeriodSeconds.seconds;
  return (
    <details className="timeline-assumptions" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Assumptions: grace period {grace} s, {Object.keys(assumptions.containers).length} containers’ timings{changed ? ' (some changed by you)' : ''}
      </summary>
      {open && (
        <>
          <p className="timeline-assumptions__note">In seconds. What you change here is kept for this file in the app, never written to the YAML.</p>
          <ul>
            {fields.map((field) => (
              <AssumptionInput key={field.key} field={field} onChange={onChange} />
            ))}
          </ul>
          {onReset && (
            <button type="button" onClick={onReset} disabled={!changed}>
              Reset the assumptions
            </button>
          )}
        </>
      )}
    </details>
  );
}

function AssumptionInput({ field, onChange }: { readonly field: AssumptionField; readonly onChange: Props['onChange'] }) {
  const id = useId();
  // What is typed, while it is typed: an emptied input must not jump back to the assumption under the cursor.
  const [draft, setDraft] = useState<string>();
  const invalid = draft !== undefined && !parseSeconds(draft).ok;
  const { assumption } = field;
  return (
    <li className={`timeline-assumption timeline-assumption--${assumption.source}`}>
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        type="number"
        min={0}
        step={0.5}
        inputMode="decimal"
        // For ever (a daemon's run time) is an empty field that says so.
        value={draft ?? (Number.isFinite(assumption.seconds) ? String(assumption.seconds) : '')}
        placeholder="never"
        readOnly={!onChange}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-why`}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parseSeconds(e.target.value);
          if (parsed.ok && parsed.seconds !== undefined) onChange?.(field, parsed.seconds);
        }}
        onBlur={() => setDraft(undefined)}
      />
      <span aria-hidden="true">s</span>
      <span id={`${id}-why`} className="timeline-assumption__why">
        <span className="timeline-assumption__source">{SOURCE_WORD[assumption.source]}</span> · {assumption.why}
        {invalid && ' · not a number of seconds (0 or more)'}
      </span>
    </li>
  );
}
