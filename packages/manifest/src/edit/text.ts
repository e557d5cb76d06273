/** Line arithmetic over the raw text: the edit engine works in offsets and columns. */

export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The offset just after the line break that ends the line holding `pos` (text end when none). */
export function nextLineStart(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl + 1;
}

/** End of a node's text, extended to the end of its last line (trailing comment included). */
export function lineEndAfter(text: string, pos: number): number {
  return pos > 0 && text[pos - 1] === '\n' ? pos : nextLineStart(text, pos);
}

export function columnOf(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** Indentation of the line starting at `start`, or -1 for a blank line. */
export function indentOfLine(text: string, start: number): number {
  let i = start;
  while (text[i] === ' ') i++;
  return text[i] === '\n' || text[i] === '\r' || i >= text.length ? -1 : i - start;
}

export function isCommentLine(text: string, start: number): boolean {
  const indent = indentOfLine(text, start);
  return indent >= 0 && text[start + indent] === '#';
}

/** Shift every non-blank line by `delta` columns (negative removes at most the spaces there are). */
export function reindent(block: string, delta: number): string {
  if (delta === 0) return block;
  return block.replace(/^( *)(?=[^\n])/gm, (spaces: string) =>
    delta > 0 ? spaces + ' '.repeat(delta) : spaces.slice(Math.min(spaces.length, -delta)),
  );
}
