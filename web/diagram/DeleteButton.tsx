import type { MouseEvent } from 'react';

interface Props {
  /** The full action, read out and shown on hover: `Delete container app`. */
  readonly label: string;
  readonly disabled?: boolean;
  readonly onDelete: () => void;
}

/** A visible delete control for pointer users; `nodrag nopan` keeps React Flow from treating the press as a drag. */
export function DeleteButton({ label, disabled, onDelete }: Props) {
  const onClick = (event: MouseEvent) => {
    // The node underneath would otherwise select the element that is being deleted.
    event.stopPropagation();
    onDelete();
  };
  return (
    <button type="button" className="delete-button nodrag nopan" aria-label={label} title={label} disabled={disabled} onClick={onClick}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
