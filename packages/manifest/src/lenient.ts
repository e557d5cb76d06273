/**
 * kubectl reads YAML with go-yaml, which accepts a quoted scalar whose continuation lines
 * are indented no deeper than its key:
 *
 *     description: 'A long text
 *     that goes on here'
 *
 * The `yaml` package refuses it ("Missing closing 'quote"), as the YAML spec does. CRDs
 * generated from Go comments have such strings, and the file then failed as a whole.
 * This is the repair: inside a quoted scalar that spans lines, each line break becomes a
 * space. A line break in a quoted scalar folds to a space anyway, so the value differs
 * only in the runs of spaces; and the text keeps its length, so every offset (markers,
 * line numbers, edits) stays where it is. Used only for documents that do not parse
 * otherwise.
 */

/** The text with the line breaks inside multi-line quoted scalars made spaces; undefined when there are none. */
export function joinQuotedLines(text: string): string | undefined {
  const out = text.split('');
  let changed = false;
  let i = 0;
  while (i < text.length) {
    const quote = openingQuoteAt(text, i);
    if (quote === undefined) {
      i = isValueStart(text, i) && (text[i] === '|' || text[i] === '>') ? pastBlockScalar(text, i) : skipToValueStart(text, i);
      continue;
    }
    const end = closingQuote(text, i + 1, quote);
    if (end < 0) return undefined;
    for (let j = i + 1; j < end; j++) {
      if (text[j] === '\n' || text[j] === '\r') {
        out[j] = ' ';
        changed = true;
      }
    }
    i = end + 1;
  }
  return changed ? out.join('') : undefined;
}

/** A quote that opens a scalar: the first character of a value. */
function openingQuoteAt(text: string, i: number): "'" | '"' | undefined {
  const c = text[i];
  return (c === "'" || c === '"') && isValueStart(text, i) ? c : undefined;
}

/** After `key: `, `- `, `[`, `{`, `,`, `? ` or at a line's indentation. */
function isValueStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  const before = k < 0 ? '\n' : text[k];
  return before === '\n' || before === ':' || before === '-' || before === '[' || before === '{' || before === ',' || before === '?';
}

/** Past a block scalar (`|`, `>`): its lines are those blank or indented deeper than the line it starts on. */
function pastBlockScalar(text: string, i: number): number {
  const lineStart = text.lastIndexOf('\n', i) + 1;
  const indent = /^[ ]*/.exec(text.slice(lineStart))?.[0].length ?? 0;
  let next = text.indexOf('\n', i);
  while (next >= 0) {
    const line = text.slice(next + 1, text.indexOf('\n', next + 1) < 0 ? text.length : text.indexOf('\n', next + 1));
    if (line.trim() !== '' && (/^[ ]*/.exec(line)?.[0].length ?? 0) <= indent) return next + 1;
    next = text.indexOf('\n', next + 1);
  }
  return text.length;
}

/** The next place a value may start: past a comment, or to the next character. */
function skipToValueStart(text: string, i: number): number {
  if (text[i] === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
    const eol = text.indexOf('\n', i);
    return eol < 0 ? text.length : eol;
  }
  // A plain scalar runs to the end of its line (an apostrophe in it opens nothing).
  if (text[i] !== ' ' && text[i] !== '\n' && text[i] !== '\t' && !/[:\-[\]{},?]/.test(text[i] ?? '')) {
    let j = i;
    while (j < text.length && text[j] !== '\n' && !(text[j] === ':' && /\s/.test(text[j + 1] ?? '\n')) && !(text[j] === ' ' && text[j + 1] === '#')) j++;
    return Math.max(j, i + 1);
  }
  return i + 1;
}

function closingQuote(text: string, from: number, quote: "'" | '"'): number {
  for (let j = from; j < text.length; j++) {
    if (quote === "'" && text[j] === "'") {
      if (text[j + 1] === "'") {
        j++;
        continue;
      }
      return j;
    }
    if (quote === '"') {
      if (text[j] === '\\') j++;
      else if (text[j] === '"') return j;
    }
  }
  return -1;
}
