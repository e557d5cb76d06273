/**
 * Whether a manifest looks like it lost its indentation, as YAML copied from a web page
 * often has: `metadata:`, `spec:` or `template:` with nothing under it, followed by a
 * key at the same column (`name:`, `containers:`), which then belongs to the level
 * above. Cheap (one regular expression), so it can run on every change of the text;
 * the repair itself (repair.ts) is loaded only when this says yes.
 */
const EMPTIED_PARENT = /^([ \t]*)(?:metadata|spec|template):[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*\1[^\s#\-.]/m;

export function looksDeindented(text: string): boolean {
  return EMPTIED_PARENT.test(text);
}
