/**
 * The workspace's resizable panes. The palette, the inspector and the editor each have a
 * width the user sets with the divider beside it (a drag, or the arrow keys once it has
 * the focus); the diagram takes what is left. Pure: sizes in, sizes out.
 */
export type Pane = 'palette' | 'inspector' | 'editor';

export const PANES: readonly Pane[] = ['palette', 'inspector', 'editor'];

export type PaneSizes = Readonly<Record<Pane, number>>;

interface PaneLimits {
  readonly min: number;
  readonly max: number;
  /** Which way the pane grows: its divider is on its right (the palette) or on its left. */
  readonly grows: 'left' | 'right';
}

export const PANE_LIMITS: Readonly<Record<Pane, PaneLimits>> = {
  palette: { min: 120, max: 360, grows: 'right' },
  inspector: { min: 200, max: 560, grows: 'left' },
  editor: { min: 240, max: 1400, grows: 'left' },
};

/** One arrow key press, in pixels. */
export const PANE_STEP = 16;

const clamp = (pane: Pane, width: number): number => Math.round(Math.min(PANE_LIMITS[pane].max, Math.max(PANE_LIMITS[pane].min, width)));

/** The sizes a first visit starts with: the editor gets 40 % of what the palette and the inspector leave. */
export function initialPaneSizes(viewportWidth: number): PaneSizes {
  const palette = 184;
  const inspector = 264;
  return { palette, inspector, editor: clamp('editor', (viewportWidth - palette - inspector) * 0.4) };
}

/** `sizes` with `pane` at `width`, within its limits; `sizes` itself when that changes nothing. */
export function resizePane(sizes: PaneSizes, pane: Pane, width: number): PaneSizes {
  const next = clamp(pane, width);
  return next === sizes[pane] ? sizes : { ...sizes, [pane]: next };
}

/** The pane's width after a divider drag of `dx` pixels (rightwards positive) from `startWidth`. */
export function draggedWidth(pane: Pane, startWidth: number, dx: number): number {
  return startWidth + (PANE_LIMITS[pane].grows === 'right' ? dx : -dx);
}

/**
 * The pane's width after a key press on its divider, or undefined for a key that does not
 * resize: the arrows move the divider a step (Shift: four), Home and End to the limits.
 */
export function keyedWidth(pane: Pane, width: number, key: string, shift: boolean): number | undefined {
  const { min, max } = PANE_LIMITS[pane];
  if (key === 'Home') return min;
  if (key === 'End') return max;
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return undefined;
  return draggedWidth(pane, width, (key === 'ArrowRight' ? 1 : -1) * PANE_STEP * (shift ? 4 : 1));
}

/** Sizes saved by an earlier visit (hostile: any text), each one checked; `fallback` for whatever is missing or wrong. */
export function paneSizesFrom(saved: string | undefined, fallback: PaneSizes): PaneSizes {
  let data: unknown;
  try {
    data = saved === undefined ? undefined : JSON.parse(saved);
  } catch {
    return fallback;
  }
  if (typeof data !== 'object' || data === null) return fallback;
  const record = data as Record<string, unknown>;
  const valid = (pane: Pane) => {
    const value = Object.hasOwn(record, pane) ? record[pane] : undefined;
    return typeof value === 'number' && Number.isFinite(value) ? clamp(pane, value) : fallback[pane];
  };
  return { palette: valid('palette'), inspector: valid('inspector'), editor: valid('editor') };
}
