import { useId, type DragEvent } from 'react';
import { startTemplateDrag, type TemplateKind } from './dnd';

interface Props {
  readonly kind: TemplateKind;
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** The lane (or "Volumes") it is added to when pressed, shown as text. */
  readonly where: string;
  readonly disabled: boolean;
  readonly onAdd: () => void;
}

/**
 * One template: a card whose button adds it and can be dragged onto the diagram. The
 * button's name is what it shows with the action before it ("Add Blank container →
 * Main containers": the visible label is in the name, WCAG 2.5.3); the description is
 * outside the button, its accessible description. The button covers the whole card, so
 * the card is what is pressed and dragged.
 */
export function TemplateButton({ kind, id, label, description, where, disabled, onAdd }: Props) {
  const descriptionId = useId();
  const onDragStart = (event: DragEvent) => startTemplateDrag(event.dataTransfer, kind, id);
  return (
    <div className={`template template--${kind}`}>
      <button
        type="button"
        className="template__button"
        draggable={!disabled}
        // aria-disabled, not disabled: the card stays focusable, so it can be read (and the palette scrolled) from the keyboard.
        aria-disabled={disabled}
        aria-describedby={descriptionId}
        onDragStart={onDragStart}
        onClick={() => !disabled && onAdd()}
      >
        <span className="visually-hidden">{kind === 'volume' ? 'Add volume: ' : 'Add '}</span>
        <span className="template__label">{label}</span>
        <span className="template__where">→ {where}</span>
      </button>
      <span id={descriptionId} className="template__description">
        {description}
      </span>
    </div>
  );
}
