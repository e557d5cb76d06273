import { useId, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { firstSentence } from './help/help';
import { Refusal } from './rows';

import type { Control } from './fields/model';

export interface FieldProps {
  readonly label: string;
  /** Screen readers still get the label; for table cells, whose column header shows it. */
  readonly hideLabel?: boolean;
  /** The Kubernetes description: its first sentence under the field, all of it on hover. */
  readonly help?: string | undefined;
  /** Table cells keep the description for screen readers and hover only. */
  readonly compact?: boolean;
  /** The value in the YAML, as text. */
  readonly value: string;
  readonly control?: Control;
  /** Why a draft would be refused (validate.ts), or undefined. */
  readonly validate?: (draft: string) => string | undefined;
  /** Dispatch the edit for a valid draft; returns why the store refused it, or undefined. */
  readonly onCommit: (draft: string) => string | undefined;
  readonly readOnly?: boolean;
  readonly autoFocus?: boolean;
  /** Where the refusal is shown, when not under the field: a table row's cells are too narrow for it. */
  readonly refusalHost?: HTMLElement | null;
  /** The field's Kubernetes reference page. */
  readonly reference?: string | undefined;
  /** What the value as typed amounts to (`= 0.25 cores`). */
  readonly describe?: ((draft: string) => string | undefined) | undefined;
  /** Why the field is read-only here, shown under it. */
  readonly lockedNote?: string | undefined;
}

/**
 * One form field. It keeps a local draft while the user types and commits it on blur
 * or Enter (Ctrl+Enter in a multi-line field; a select or checkbox on change), so each
 * finished change is one Edit and one undo step. The draft is checked as it is typed; an
 * invalid one is refused at the field, with the reason in text, and is kept so the user
 * can fix it; Escape reverts.
 */
export function Field({ label, hideLabel, help, compact, value, control = { type: 'text' }, validate, onCommit, readOnly, autoFocus, refusalHost, reference, describe, lockedNote }: FieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const shown = draft ?? value;

  function commit(next: string) {
    if (next === value) return revert();
    const reason = validate?.(next) ?? onCommit(next);
    setRefusal(reason);
    setDraft(reason === undefined ? undefined : next);
  }

  function revert() {
    setDraft(undefined);
    setRefusal(undefined);
  }

  function change(next: string) {
    setDraft(next);
    // The message follows the typing: it shows as soon as the value is wrong and goes when it is fixed.
    setRefusal(validate?.(next));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Escape' && draft !== undefined) {
      event.preventDefault();
      revert();
    } else if (event.key === 'Enter' && (control.type !== 'lines' || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit(shown);
    }
  }

  const helpId = `${id}-help`;
  const noteId = `${id}-note`;
  const note = lockedNote ?? (describe && shown !== '' && refusal === undefined ? describe(shown) : undefined);
  const errorId = `${id}-error`;
  const common = {
    id,
    'aria-invalid': refusal !== undefined ? true : undefined,
    'aria-describedby': [refusal !== undefined && errorId, note && noteId, help && helpId].filter(Boolean).join(' ') || undefined,
    title: help,
    autoFocus,
  } as const;

  let input;
  switch (control.type) {
    case 'checkbox':
      input = <input {...common} type="checkbox" checked={shown === 'true'} disabled={readOnly} onChange={(e) => commit(String(e.target.checked))} />;
      break;
    case 'select': {
      // The YAML may hold a value the form does not offer; show it as it is rather than a wrong one.
      const options = control.options.some((o) => o.value === shown) ? control.options : [...control.options, { value: shown, label: shown }];
      input = (
        <select {...common} value={shown} disabled={readOnly} onChange={(e) => commit(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'lines':
      input = (
        <textarea
          {...common}
          value={shown}
          readOnly={readOnly}
          rows={Math.min(8, Math.max(2, shown.split('\n').length))}
          spellCheck={false}
          onChange={(e) => change(e.target.value)}
          onBlur={() => draft !== undefined && commit(draft)}
          onKeyDown={onKeyDown}
        />
      );
      break;
    case 'text':
      input = (
        <input
          {...common}
          type="text"
          inputMode={control.numeric ? 'numeric' : undefined}
          placeholder={control.placeholder}
          value={shown}
          readOnly={readOnly}
          spellCheck={false}
          autoComplete="off"
          // A field focused for the user (a new row) has a default to type over.
          onFocus={autoFocus ? (e) => e.currentTarget.select() : undefined}
          onChange={(e) => change(e.target.value)}
          onBlur={() => draft !== undefined && commit(draft)}
          onKeyDown={onKeyDown}
        />
      );
      break;
  }

  const message = (
    <Refusal id={errorId}>
      {refusalHost ? `${label}: ${refusal}` : refusal}
    </Refusal>
  );

  return (
    <div className={`field field-${control.type}${compact ? ' field-compact' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {input}
      {note && (
        <p id={noteId} className="field-note">
          {note}
        </p>
      )}
      {help && (
        <p id={helpId} className={compact ? 'visually-hidden' : 'field-help'}>
          {firstSentence(help)}
          {reference && (
            <>
              {' '}
              <a href={reference} target="_blank" rel="noreferrer" aria-label={`Kubernetes reference for ${label}`}>
                reference
              </a>
            </>
          )}
        </p>
      )}
      {refusal !== undefined && (refusalHost ? createPortal(message, refusalHost) : message)}
    </div>
  );
}
