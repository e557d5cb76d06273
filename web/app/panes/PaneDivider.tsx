import type { KeyboardEvent, PointerEvent } from 'react';
import { draggedWidth, keyedWidth, PANE_LIMITS, type Pane } from './paneSizes';

interface Props {
  readonly pane: Pane;
  /** Says which pane it resizes: "Resize the editor". */
  readonly label: string;
  readonly width: number;
  readonly onResize: (pane: Pane, width: number) => void;
}

/**
 * The divider beside a pane (a focusable ARIA separator): drag it, or focus it and use
 * the arrow keys (Shift for bigger steps), Home and End.
 */
export function PaneDivider({ pane, label, width, onResize }: Props) {
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault(); // no text selection while dragging
    const divider = event.currentTarget;
    const startX = event.clientX;
    divider.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => onResize(pane, draggedWidth(pane, width, e.clientX - startX));
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
    const next = keyedWidth(pane, width, event.key, event.shiftKey);
    if (next === undefined) return;
    event.preventDefault();
    onResize(pane, next);
  };

  const { min, max } = PANE_LIMITS[pane];
  return (
    <div
      className="pane-divider"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={width}
      aria-valuetext={`${width} pixels wide`}
      tabIndex={0}
      title={`${label}: drag, or use the arrow keys`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
