import type { KeyboardEvent, PointerEvent } from 'react';
import { draggedSize, keyedSize, orientationOf, PANE_LIMITS, type Pane } from './paneSizes';

interface Props {
  readonly pane: Pane;
  /** Says which pane it resizes: "Resize the editor". */
  readonly label: string;
  /** The pane's width (its height for the findings), in pixels. */
  readonly size: number;
  readonly onResize: (pane: Pane, size: number) => void;
}

/**
 * The divider beside a pane (a focusable ARIA separator): drag it, or focus it and use
 * the arrow keys (Shift for bigger steps), Home and End.
 */
export function PaneDivider({ pane, label, size, onResize }: Props) {
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault(); // no text selection while dragging
    const divider = event.currentTarget;
    const { clientX, clientY } = event;
    divider.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => onResize(pane, draggedSize(pane, size, e.clientX - clientX, e.clientY - clientY));
    const end = () => {
      divider.removeEventListener('pointermove', move);
      divider.removeEventListener('pointerup', end);
      divider.removeEventListener('pointercancel', end);
    };
    divider.addEventListener('pointermove', move);
    divider.addEventListener('pointerup', end);
    divider.addEventListener('pointercancel', end);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = keyedSize(pane, size, event.key, event.shiftKey);
    if (next === undefined) return;
    event.preventDefault();
    onResize(pane, next);
  };

  const { min, max } = PANE_LIMITS[pane];
  const orientation = orientationOf(pane);
  return (
    <div
      className={`pane-divider pane-divider--${orientation}`}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={size}
      aria-valuetext={`${size} pixels ${orientation === 'vertical' ? 'wide' : 'high'}`}
      tabIndex={0}
      title={`${label}: drag, or use the arrow keys`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
