/**
 * The POSIX shell's tokens, for the subset container commands use: words (quotes,
 * escapes, `$(...)`, backticks and `${...}` kept whole), the control operators, and
 * redirections (here-document bodies are skipped: they are data, not commands).
 * Comments and backslash-newlines are dropped. Nothing is expanded.
 */

export interface WordToken {
  readonly t: 'word';
  /** The word with quotes and escapes removed; expansions kept as written (`$HOME`, `$(date)`). */
  readonly value: string;
  /** True when any part was quoted or escaped: such a word is never a reserved word. */
  readonly quoted: boolean;
  /** The text of each command substitution (`$(...)` or backticks) in the word, to parse in turn. */
  readonly substitutions: readonly string[];
  readonly at: number;
}

export type Operator = ';' | '&' | '&&' | '||' | '|' | '|&' | '(' | ')' | ';;' | '\n';

export interface OperatorToken {
  readonly t: 'op';
  readonly op: Operator;
  readonly at: number;
}

export interface RedirectToken {
  readonly t: 'redirect';
  /** `>`, `>>`, `<`, `<<`, `>&`, `2>&1` is `>&` with target word `1`. */
  readonly op: string;
  readonly at: number;
}

export type Token = WordToken | OperatorToken | RedirectToken;

export class ShellSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const OPERATORS: readonly Operator[] = ['&&', '||', ';;', '|&', ';', '&', '|', '(', ')', '\n'];
const REDIRECTS = ['<<-', '<<', '>>', '>&', '<&', '<>', '>|', '>', '<'];
const BLANK = /[ \t\r]/;
const ENDS_WORD = /[ \t\r\n;&|()<>]/;

/** The tokens of a script; throws ShellSyntaxError on an unterminated quote or substitution. */
export function lex(text: string): readonly Token[] {
  const tokens: Token[] = [];
  /** Delimiters of here-documents whose bodies start after the next newline. */
  const pendingHereDocs: { delimiter: string; stripTabs: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (BLANK.test(ch)) i++;
    else if (ch === '\\' && text[i + 1] === '\n') i += 2;
    else if (ch === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (ch === '\n') {
      tokens.push({ t: 'op', op: '\n', at: i });
      i = skipHereDocs(text, i + 1, pendingHereDocs.splice(0));
    } else if (/\d/.test(ch) && /^\d+[<>]/.test(text.slice(i, i + 4)) && startsToken(text, i)) {
      const fd = /^\d+/.exec(text.slice(i))?.[0] ?? '';
      i += fd.length; // the file descriptor of a redirection (2>&1): the operator follows
    } else if (ch === '<' || ch === '>') {
      const op = REDIRECTS.find((r) => text.startsWith(r, i)) ?? ch;
      tokens.push({ t: 'redirect', op, at: i });
      i += op.length;
      if (op === '<<' || op === '<<-') {
        while (BLANK.test(text[i] ?? '')) i++;
        const word = readWord(text, i);
        tokens.push(word.token);
        pendingHereDocs.push({ delimiter: word.token.value, stripTabs: op === '<<-' });
        i = word.end;
      }
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) {
        tokens.push({ t: 'op', op, at: i });
        i += op.length;
      } else {
        const word = readWord(text, i);
        tokens.push(word.token);
        i = word.end;
      }
    }
  }
  return tokens;
}

/** A digit starts a token when it follows a blank or an operator, as in `cmd 2>&1`. */
function startsToken(text: string, i: number): boolean {
  return i === 0 || ENDS_WORD.test(text[i - 1] ?? ' ');
}

/** Skip the bodies of here-documents, each up to its delimiter line. */
function skipHereDocs(text: string, from: number, docs: readonly { delimiter: string; stripTabs: boolean }[]): number {
  let i = from;
  for (const doc of docs) {
    for (;;) {
      if (i >= text.length) throw new ShellSyntaxError(`here-document not ended by "${doc.delimiter}"`, from);
      const end = text.indexOf('\n', i);
      const line = text.slice(i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end + 1;
      if ((doc.stripTabs ? line.replace(/^\t+/, '') : line) === doc.delimiter) break;
    }
  }
  return i;
}

function readWord(text: string, start: number): { token: WordToken; end: number } {
  let value = '';
  let quoted = false;
  const substitutions: string[] = [];
  let i = start;
  while (i < text.length && !ENDS_WORD.test(text[i] ?? '')) {
    const ch = text[i] ?? '';
    if (ch === '\\') {
      if (text[i + 1] !== '\n') value += text[i + 1] ?? '';
      quoted = true;
      i += 2;
    } else if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) throw new ShellSyntaxError('unterminated single quote', i);
      value += text.slice(i + 1, close);
      quoted = true;
      i = close + 1;
    } else if (ch === '"') {
      const read = readDoubleQuoted(text, i, substitutions);
      value += read.value;
      quoted = true;
      i = read.end;
    } else {
      const read = plainOrExpansion(text, i, substitutions);
      value += read.part;
      i = read.end;
    }
  }
  return { token: { t: 'word', value, quoted, substitutions, at: start }, end: i };
}

function readDoubleQuoted(text: string, start: number, substitutions: string[]): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    const ch = text[i] ?? '';
    if (ch === '\\' && /[$`"\\\n]/.test(text[i + 1] ?? '')) {
      if (text[i + 1] !== '\n') value += text[i + 1];
      i += 2;
    } else {
      const read = plainOrExpansion(text, i, substitutions);
      value += read.part;
      i = read.end;
    }
  }
  if (i >= text.length) throw new ShellSyntaxError('unterminated double quote', start);
  return { value, end: i + 1 };
}

/** One plain character, or a whole expansion at `$` or a backtick, kept as written. */
function plainOrExpansion(text: string, i: number, substitutions: string[]): { part: string; end: number } {
  const ch = text[i] ?? '';
  if (ch !== '$' && ch !== '`') return { part: ch, end: i + 1 };
  const end = expansionEnd(text, i, substitutions);
  return { part: text.slice(i, end), end };
}

/** The end of an expansion starting at `$` or a backtick; command substitutions are collected. */
function expansionEnd(text: string, start: number, substitutions: string[]): number {
  if (text[start] === '`') {
    let i = start + 1;
    while (i < text.length && text[i] !== '`') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) throw new ShellSyntaxError('unterminated backquote', start);
    substitutions.push(text.slice(start + 1, i).replace(/\\([$`\\])/g, '$1'));
    return i + 1;
  }
  const next = text[start + 1];
  if (next === '(') {
    const arithmetic = text[start + 2] === '(';
    const end = balancedEnd(text, start + 1, '(', ')');
    if (!arithmetic) substitutions.push(text.slice(start + 2, end - 1));
    return end;
  }
  if (next === '{') return balancedEnd(text, start + 1, '{', '}');
  return start + 1;
}

/** The index after the `close` matching the `open` at `start`, skipping quoted text. */
function balancedEnd(text: string, start: number, open: string, close: string): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === "'" && open === '(') {
      const q = text.indexOf("'", i + 1);
      if (q < 0) break;
      i = q + 1;
    } else if (ch === '"') {
      i = readDoubleQuoted(text, i, []).end;
    } else {
      if (ch === open) depth++;
      else if (ch === close && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new ShellSyntaxError(`unterminated ${open === '(' ? '$(' : '${'}`, start - 1);
}
