/**
 * The lines of a manifest that lost its indentation, read one by one: what each one
 * opens or holds, without knowing where it belongs (nest.ts decides that).
 */

/** What follows `key:` (or `- `) on its line. */
export type ValueKind =
  /** Nothing (or only an anchor, a tag, a comment): what belongs under it follows on the next lines. */
  | 'none'
  | 'scalar'
  | 'flowMap'
  | 'flowList'
  /** `*name`: stands for whatever the anchor holds. */
  | 'alias'
  /** `|` or `>`: its lines lost their indentation too, so where it ends cannot be known. */
  | 'block';

export interface Entry {
  /** 0-based index of the line in the document. */
  readonly line: number;
  /** The line starts with `- `: a new item of a list. */
  readonly item: boolean;
  /** The key, when the line holds `key: …`. */
  readonly key?: string;
  readonly value: ValueKind;
  /** The value's text (for `restartPolicy: Always`), comment and anchor left out. */
  readonly text: string;
  /** Following lines that continue this one's value (a multi-line flow, quoted or plain scalar). */
  readonly continuation: number;
}

export type LineRead =
  | { readonly ok: true; readonly entries: readonly Entry[] }
  | { readonly ok: false; readonly line: number; readonly reason: string };

/** What is still open at the end of a line: unclosed brackets of a flow collection, a quoted scalar. */
interface Openness {
  readonly depth: number;
  readonly quote: string | undefined;
}

const CLOSED: Openness = { depth: 0, quote: undefined };

/**
 * Inside a scalar quoted with `quote`, from `start`: the offset of the quote that closes
 * it, or -1. `''` is an escaped quote inside single quotes, `\\` escapes inside double ones.
 */
function closingQuote(text: string, quote: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * Scan `text` from `state`: what is open after it, and where a `#` comment starts (the
 * length when none). A quote opens a quoted scalar only where a token starts, so the
 * apostrophe of `it's` is text.
 */
function scan(text: string, state: Openness): Openness & { readonly comment: number } {
  let { depth, quote } = state;
  for (let i = 0; i < text.length; i++) {
    if (quote) {
      const close = closingQuote(text, quote, i);
      if (close < 0) return { depth, quote, comment: text.length };
      i = close;
      quote = undefined;
      continue;
    }
    const c = text[i]!;
    if (c === '"' || c === "'") {
      if (i === 0 || /[\s[{,:]/.test(text[i - 1]!)) quote = c;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return { depth, quote, comment: i };
  }
  return { depth, quote, comment: text.length };
}

function commentStart(text: string): number {
  return scan(text, CLOSED).comment;
}

/** `&anchor` and `!tag` before a value say nothing of where it goes: skip them. */
function withoutProperties(value: string): string {
  let rest = value;
  for (;;) {
    const match = /^[&!]\S*\s*/.exec(rest);
    if (!match) return rest;
    rest = rest.slice(match[0].length);
  }
}

function kindOf(value: string): ValueKind {
  if (value === '') return 'none';
  if (/^[|>][-+0-9]*$/.test(value)) return 'block';
  if (value.startsWith('[')) return 'flowList';
  if (value.startsWith('{')) return 'flowMap';
  if (value.startsWith('*')) return 'alias';
  return 'scalar';
}


/** The key of `key: value` (plain or quoted), and where its value starts; undefined when the text holds no key. */
function splitKey(text: string): { key: string; rest: string } | undefined {
  if (text.startsWith('"') || text.startsWith("'")) {
    const close = closingQuote(text, text[0]!, 1);
    if (close < 0) return undefined;
    const after = text.slice(close + 1).trimStart();
    if (!after.startsWith(':') || (after.length > 1 && !/\s/.test(after[1]!))) return undefined;
    return { key: text.slice(1, close), rest: after.slice(1) };
  }
  if (/^[[{&*!|>%@`#,?]/.test(text)) return undefined;
  const colon = /:(\s|$)/.exec(text);
  if (!colon || colon.index >= commentStart(text)) return undefined;
  const key = text.slice(0, colon.index).trimEnd();
  return key === '' ? undefined : { key, rest: text.slice(colon.index + 1) };
}

/**
 * Read the lines of one document (their leading spaces are ignored). Refuses what
 * cannot be re-nested from the text alone: block scalars, lists of lists, complex keys.
 */
export function readLines(lines: readonly string[]): LineRead {
  const entries: Entry[] = [];
  const refuse = (line: number, reason: string): LineRead => ({ ok: false, line, reason });
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '' || text.startsWith('#')) continue;
    if (text.startsWith('%') || text === '---' || text.startsWith('--- ') || text === '...') return refuse(i, 'a document marker inside a document');
    let content = text;
    const item = content === '-' || content.startsWith('- ');
    if (item) content = content.slice(1).trimStart();
    if (content === '-' || content.startsWith('- ')) return refuse(i, 'a list inside a list item (“- -”)');
    if (content.startsWith('? ')) return refuse(i, 'a complex key (“? ”)');
    const pair = splitKey(content);
    const raw = pair ? pair.rest : content;
    const valueText = withoutProperties(raw.slice(0, commentStart(raw)).trim());
    const value = pair || valueText !== '' ? kindOf(valueText) : 'none';
    if (value === 'block') return refuse(i, `a block scalar (“${valueText}”): its lines lost their indentation too, so where it ends cannot be known`);
    // A flow collection or a quoted scalar left open takes the next lines until it closes.
    let continuation = 0;
    let open: Openness = scan(valueText, CLOSED);
    while ((open.depth > 0 || open.quote) && i + continuation + 1 < lines.length) {
      continuation++;
      open = scan(lines[i + continuation]!.trim(), open);
    }
    if (open.depth > 0 || open.quote) return refuse(i, 'a bracket or a quote that is never closed');
    if (!pair && !item) {
      // A line that is neither `key:` nor `- `: the next line of a multi-line plain scalar.
      const previous = entries[entries.length - 1];
      if (!previous || previous.value !== 'scalar' || previous.line + previous.continuation + 1 !== i) {
        return refuse(i, 'a line that is neither “key: value” nor a list item “- …”');
      }
      entries[entries.length - 1] = { ...previous, continuation: previous.continuation + 1 + continuation };
      i += continuation;
      continue;
    }
    entries.push({ line: i, item, ...(pair ? { key: pair.key } : {}), value, text: valueText, continuation });
    i += continuation;
  }
  return { ok: true, entries };
}
