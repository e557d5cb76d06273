/**
 * The workspace's resizable panes. The palette, the inspector and the editor each have a
 * width, and the findings strip under the diagram a height, that the user sets with the
 * divider beside it (a drag, or the arrow keys once it has the focus); the diagram takes
 * what is left. Pure: sizes in, sizes out.
 */
export type Pane = 'palette' | 'inspector' | 'editor' | 'findings';

export type PaneSizes = Readonly<Record<Pane, number>>;

interface PaneLimits {
  readonly min: number;
  readonly max: number;
  /** Which way the pane grows when its divider moves: the divider is on the opposite side. */
  readonly grows: 'left' | 'right' | 'up';
}

export const PANE_LIMITS: Readonly<Record<Pane, PaneLimits>> = {
  palette: { min: 120, max: 360, grows: 'right' },
  inspector: { min: 200, max: 560, grows: 'left' },
  editor: { min: 240, max: 1400, grows: 'left' },
  findings: { min: 64, max: 720, grows: 'up' },
};

/** A divider between panes side by side is vertical (it moves left and right); the findings' one is horizontal. */
export function orientationOf(pane: Pane): 'vertical' | 'horizontal' {
  return PANE_LIMITS[pane].grows === 'up' ? 'horizontal' : 'vertical';
}

/** One arrow key press, in pixels. */
export const PANE_STEP = 16;

const clamp = (pane: Pane, size: number): number => Math.round(Math.min(PANE_LIMITS[pane].max, Math.max(PANE_LIMITS[pane].min, size)));

/**
 * The sizes a first visit starts with: the editor gets 40 % of the width the palette and
 * the inspector leave, the findings 25 % of the height under the toolbar (at most 320 px).
 */
export function initialPaneSizes(viewport: { readonly width: number; readonly height: number }): PaneSizes {
  const palette = 184;
  const inspector = 264;
  return {
    palette,
    inspector,
    editor: clamp('editor', (viewport.width - palette - inspector) * 0.4),
    findings: Math.min(320, clamp('findings', (viewport.height - TOOLBAR_HEIGHT) * 0.25)),
  };
}

const TOOLBAR_HEIGHT = 48;

/** `sizes` with `pane` at `size`, within its limits; `sizes` itself when that changes nothing. */
export function resizePane(sizes: PaneSizes, pane: Pane, size: number): PaneSizes {
  const next = clamp(pane, size);
  return next === sizes[pane] ? sizes : { ...sizes, [pane]: next };
}

/** The pane's size after its divider was dragged by (dx, dy) pixels (right and down positive) from `start`. */
export function draggedSize(pane: Pane, start: number, dx: number, dy: number): number {
  switch (PANE_LIMITS[pane].grows) {
    case 'right':
      return start + dx;
    case 'left':
      return start - dx;
    case 'up':
      return start - dy;
  }
}

/** Each arrow key as the divider's move, one step. */
const ARROWS: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * The pane's size after a key press on its divider, or undefined for a key that does not
 * resize: the arrows along the divider's way move it a step (Shift: four), Home and End
 * to the limits.
 */
export function keyedSize(pane: Pane, size: number, key: string, shift: boolean): number | undefined {
  const { min, max } = PANE_LIMITS[pane];
  if (key === 'Home') return min;
  if (key === 'End') return max;
  const arrow = Object.hasOwn(ARROWS, key) ? ARROWS[key] : undefined;
  const [dx, dy] = arrow ?? [0, 0];
  const along = orientationOf(pane) === 'vertical' ? dx : dy;
  if (along === 0) return undefined;
  const step = PANE_STEP * (shift ? 4 : 1);
  return draggedSize(pane, size, dx * step, dy * step);
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
  return { palette: valid('palette'), inspector: valid('inspector'), editor: valid('editor'), findings: valid('findings') };
}
