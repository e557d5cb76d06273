import { useId, type DragEvent } from 'react';
import { startTemplateDrag, type TemplateKind } from './dnd';

interface Props {
  readonly kind: TemplateKind;
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** The lane (or "Volumes") it is added to when pressed, shown as text. */
  readonly where: string;
  /** The accessible name: what pressing it does. */
  readonly action: string;
  readonly disabled: boolean;
  readonly onAdd: () => void;
}

/** One template: a button that adds it, and that can be dragged onto the diagram. */
export function TemplateButton({ kind, id, label, description, where, action, disabled, onAdd }: Props) {
  const descriptionId = useId();
  const onDragStart = (event: DragEvent) => startTemplateDrag(event.dataTransfer, kind, id);
  return (
    <button
      type="button"
      className={`template template--${kind}`}
      draggable={!disabled}
      disabled={disabled}
      aria-label={action}
      aria-describedby={descriptionId}
      onDragStart={onDragStart}
      onClick={onAdd}
    >
      <span className="template__label">{label}</span>
      <span className="template__where">{where}</span>
      <span id={descriptionId} className="template__description">
        {description}
      </span>
    </button>
  );
}
