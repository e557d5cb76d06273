import { useId, useState } from 'react';
import type { Assumptions } from '@podsmith/lifecycle';
import { assumptionFields, parseValue, SOURCE_WORD, type AssumptionField } from './assumptions';

interface Props {
  readonly assumptions: Assumptions;
  /** The rows' order: containers are listed as the timeline draws them. */
  readonly order: readonly string[];
  /** Without it the assumptions are shown, not editable (the gallery). */
  readonly onChange: ((field: AssumptionField, value: number) => void) | undefined;
  readonly onReset: (() => void) | undefined;
  /** Whether the user changed any: the reset button is disabled otherwise. */
  readonly changed: boolean;
}

/**
 * The durations (and exit codes, and how many runs fail) the simulation rests on, each with where it comes from and why; edited
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
          <p className="timeline-assumptions__note">In seconds, unless a field says otherwise. What you change here is kept for this file in the app, never written to the YAML.</p>
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
  const invalid = draft !== undefined && !parseValue(draft, field.unit).ok;
  const { assumption, unit } = field;
  return (
    <li className={`timeline-assumption timeline-assumption--${assumption.source}`}>
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={unit === 'exit code' ? 255 : undefined}
        step={unit === 'seconds' ? 0.5 : 1}
        inputMode={unit === 'seconds' ? 'decimal' : 'numeric'}
        // For ever (a daemon's run time, every run failing) is an empty field that says so.
        value={draft ?? (Number.isFinite(field.value) ? String(field.value) : '')}
        placeholder={unit === 'runs' ? 'every run' : 'never'}
        readOnly={!onChange}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-why`}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parseValue(e.target.value, unit);
          if (parsed.ok && parsed.value !== undefined) onChange?.(field, parsed.value);
        }}
        onBlur={() => setDraft(undefined)}
      />
      {unit === 'seconds' && <span aria-hidden="true">s</span>}
      <span id={`${id}-why`} className="timeline-assumption__why">
        <span className="timeline-assumption__source">{SOURCE_WORD[assumption.source]}</span> · {assumption.why}
        {invalid && ` · ${INVALID[unit]}`}
      </span>
    </li>
  );
}

const INVALID: Readonly<Record<AssumptionField['unit'], string>> = {
  seconds: 'not a number of seconds (0 or more)',
  'exit code': 'not an exit code (a whole number from 0 to 255)',
  runs: 'not a number of runs (a whole number, 0 or more)',
};
