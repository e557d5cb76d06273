/**
 * Quoted scalars' values, as `yaml` resolves them (its resolve-flow-scalar), for texts
 * with LF line ends and no tabs (the reader's). A double-quoted escape `yaml` would call
 * an error leaves the text to `yaml`.
 */
import { LeftToYaml } from './leftToYaml';

/** A single-quoted scalar's text between its quotes: lines folded, `''` an apostrophe. */
export function singleQuotedValue(inner: string): string {
  return (inner.includes('\n') ? foldLines(inner) : inner).replaceAll("''", "'");
}

/** Each line trimmed (the first at its end, the last at its start); one line break a space, more kept less one. */
function foldLines(inner: string): string {
  const lines = inner.split('\n');
  let out = lines[0]!.trimEnd();
  let breaks = 0;
  for (let i = 1; i < lines.length; i++) {
    const last = i === lines.length - 1;
    const line = last ? lines[i]!.trimStart() : lines[i]!.trim();
    if (line === '' && !last) {
      breaks++;
      continue;
    }
    out += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + line;
    breaks = 0;
  }
  return out;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** A double-quoted scalar's text between its quotes: escapes, folded line breaks, escaped line breaks. */
export function doubleQuotedValue(inner: string): string {
  if (!inner.includes('\\') && !inner.includes('\n')) return inner;
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\n') {
      // One line break is a space, n of them n - 1 newlines; the next line's indentation goes.
      let breaks = 0;
      while (inner[i + 1] === ' ' || inner[i + 1] === '\n') if (inner[++i] === '\n') breaks++;
      out += breaks === 0 ? ' ' : '\n'.repeat(breaks);
    } else if (c === '\\') {
      const next = inner[++i];
      const escaped = next === undefined ? undefined : ESCAPES[next];
      if (escaped !== undefined) out += escaped;
      else if (next === '\n') {
        // An escaped line break joins the lines; the next line's indentation goes.
        while (inner[i + 1] === ' ') i++;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const code = inner.slice(i + 1, i + 1 + length);
        if (!/^[0-9a-fA-F]+$/.test(code) || code.length !== length || parseInt(code, 16) > 0x10ffff) throw new LeftToYaml();
        out += String.fromCodePoint(parseInt(code, 16));
        i += length;
      } else throw new LeftToYaml();
    } else if (c === ' ') {
      // Spaces before a line break go.
      const from = i;
      while (inner[i + 1] === ' ') i++;
      if (inner[i + 1] !== '\n') out += inner.slice(from, i + 1);
    } else out += c;
  }
  return out;
}
