import type { Edit, EditResult, TextPatch } from '../types';

export function applyEdit(_text: string, _edit: Edit): EditResult {
  return { ok: false, error: 'not implemented yet' };
}
export function applyPatch(text: string, patch: TextPatch): string {
  return text.slice(0, patch.from) + patch.insert + text.slice(patch.to);
}
export function diffText(a: string, b: string): TextPatch {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  return { from: start, to: endA, insert: b.slice(start, endB) };
}
