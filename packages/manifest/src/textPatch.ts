import type { TextPatch } from './types';

export function applyPatch(text: string, patch: TextPatch): string {
  return text.slice(0, patch.from) + patch.insert + text.slice(patch.to);
}

/** The smallest single patch that turns `a` into `b` (common prefix and suffix kept). */
export function diffText(a: string, b: string): TextPatch {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  return { from: start, to: endA, insert: b.slice(start, endB) };
}
