/**
 * A line diff good enough for single-region edits: common leading and trailing lines
 * are kept, the rest of the old text is "removed", the rest of the new text "added".
 * Line numbers are 1-based, in the old text for removed lines, the new one for added.
 */
export interface LineDiff {
  readonly removedLines: number[];
  readonly addedLines: number[];
}

export function lineDiff(before: string, after: string): LineDiff {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i + 1);
  return { removedLines: range(head, a.length - tail), addedLines: range(head, b.length - tail) };
}

/**
 * The lines outside [from, to], where `from` is first moved up over the comment lines
 * just above it: those belong to the node and go with it.
 */
export function outside(text: string, lines: readonly number[], from: number, to: number): number[] {
  const all = text.split('\n');
  let first = from;
  while (first > 1 && /^\s*#/.test(all[first - 2] ?? '')) first--;
  return lines.filter((line) => line < first || line > to);
}
