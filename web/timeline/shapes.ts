/** SVG path data for the timeline's marks, from positions the layout computed. */
import { ROW_HEIGHT, type MarkerModel } from './chart';

/** Two zigzags side by side down [y0, y1]: where the axis is broken (time between phases, or a long idle stretch drawn short). */
export function breakPath(x: number, y0: number, y1: number): string {
  const zigzag = (dx: number) => {
    let d = `M${x + dx} ${y0}`;
    for (let y = y0, side = 1; y < y1; y += 6, side = -side) d += `L${x + dx + 3 * side} ${Math.min(y + 6, y1)}`;
    return d;
  };
  return `${zigzag(-3)}${zigzag(3)}`;
}

/** A container marker: SIGTERM a triangle pointing down at the top of its row, SIGKILL a cross, a hook's start and end brackets. */
export function markerPath(marker: MarkerModel): string | undefined {
  const { x, y0 } = marker;
  const middle = y0 + ROW_HEIGHT / 2;
  switch (marker.kind) {
    case 'sigterm':
      return `M${x - 5} ${y0}h10l-5 7z`;
    case 'sigkill':
      return `M${x - 5} ${middle - 5}l10 10m0 -10l-10 10`;
    case 'hook-start':
      return `M${x + 4} ${y0 + 2}h-4v${ROW_HEIGHT - 4}h4`;
    case 'hook-end':
      return `M${x - 4} ${y0 + 2}h4v${ROW_HEIGHT - 4}h-4`;
    default:
      return undefined;
  }
}
