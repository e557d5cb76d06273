import { useId, type ReactNode } from 'react';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/**
 * A labelled select of the toolbar (the version, the theme, "Wrap as"): native, so arrows,
 * type-ahead and screen readers work as everywhere. An `inert` select stays in the tab
 * order and says so (aria-disabled) but ignores changes.
 */
export function ToolbarSelect<T extends string>(props: {
  readonly label: ReactNode;
  /** For screen readers only, when the choices name themselves ("System theme"). */
  readonly hideLabel?: boolean;
  readonly value: T;
  readonly choices: readonly Choice<T>[];
  readonly onChange: (value: T) => void;
  readonly title?: string;
  readonly inert?: boolean;
}) {
  const id = useId();
  return (
    <div className="toolbar-select">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <select
        id={id}
        value={props.value}
        title={props.title}
        aria-disabled={props.inert || undefined}
        onChange={(event) => {
          if (!props.inert) props.onChange(event.target.value as T);
        }}
      >
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
