/**
 * Words on a drawing without measuring the DOM: an estimate of a text's width at the
 * timeline's font size, and what to write when a bar or a gap is too narrow.
 */

/** Average advance of the timeline's 11 px system-ui text, in pixels per character (a little generous). */
export const CHAR_WIDTH = 6.4;

export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

/**
 * The first of `candidates` (longest first, as a rule) that fits in `width` pixels with
 * `padding` on each side, else undefined: the words go, the pattern and the list still say it.
 */
export function fitText(candidates: readonly string[], width: number, padding = 3): string | undefined {
  return candidates.find((text) => text !== '' && textWidth(text) + 2 * padding <= width);
}

/** `name` cut with an ellipsis to fit `width` pixels (at least one character and the ellipsis). */
export function truncate(name: string, width: number): string {
  if (textWidth(name) <= width) return name;
  const keep = Math.max(1, Math.floor(width / CHAR_WIDTH) - 1);
  return `${name.slice(0, keep)}…`;
}

export interface PlacedLabel<T> {
  readonly item: T;
  /** Left edge of the text. */
  readonly x: number;
}

/**
 * Labels anchored at x positions, kept left to right where they do not overlap the one
 * kept before (with `gap` pixels between) and stay within `right`; a label that would
 * run past `right` is moved left to end there if that does not overlap.
 */
export function spreadLabels<T>(items: readonly { readonly item: T; readonly x: number; readonly text: string }[], right: number, gap = 6): PlacedLabel<T>[] {
  const placed: PlacedLabel<T>[] = [];
  let free = -Infinity;
  for (const { item, x, text } of [...items].sort((a, b) => a.x - b.x)) {
    const width = textWidth(text);
    const left = Math.min(x, right - width);
    if (left < free) continue;
    placed.push({ item, x: left });
    free = left + width + gap;
  }
  return placed;
}
