/**
 * A parser for the POSIX shell grammar's command part (XCU 2.10), enough to tell what
 * a container's `sh -c` script runs: simple commands, pipelines, `&&`/`||`, lists with
 * `;`, `&` and newlines, subshells and `{ }` groups, `if`, `while`, `until`, `for`,
 * `case` and function definitions. Command substitutions are parsed in turn, so a
 * `$(pgrep envoy)` is a command too. Words are not expanded.
 */
import { lex, ShellSyntaxError, type Operator, type Token, type WordToken } from './lex';

export interface Word {
  readonly text: string;
  readonly quoted: boolean;
  /** The commands of each `$(...)` or backtick substitution in the word. */
  readonly substitutions: readonly Script[];
}

export interface SimpleCommand {
  readonly type: 'simple';
  /** `NAME=value` words before the command name. */
  readonly assignments: readonly Word[];
  /** The command name and its arguments; empty for a bare assignment. */
  readonly words: readonly Word[];
  /** Redirection targets (`> /dev/null`): words, never arguments. */
  readonly redirects: readonly Word[];
}

export interface Pipeline {
  readonly type: 'pipeline';
  /** `! cmd`: the exit status is inverted. */
  readonly negated: boolean;
  readonly commands: readonly Command[];
}

/** `a && b || c`: `rest` runs depending on the status so far. */
export interface AndOr {
  readonly type: 'and-or';
  readonly first: Command;
  readonly rest: readonly { readonly op: '&&' | '||'; readonly command: Command }[];
}

export interface Group {
  readonly type: 'subshell' | 'group';
  readonly body: Script;
}

export interface If {
  readonly type: 'if';
  readonly branches: readonly { readonly condition: Script; readonly body: Script }[];
  readonly otherwise?: Script;
}

export interface Loop {
  readonly type: 'while' | 'until';
  readonly condition: Script;
  readonly body: Script;
}

export interface For {
  readonly type: 'for';
  readonly variable: string;
  /** The words after `in`; undefined for `for x; do` (the positional parameters). */
  readonly items?: readonly Word[];
  readonly body: Script;
}

export interface Case {
  readonly type: 'case';
  readonly subject: Word;
  readonly arms: readonly { readonly patterns: readonly Word[]; readonly body: Script }[];
}

export interface FunctionDefinition {
  readonly type: 'function';
  readonly name: string;
  readonly body: Command;
}

export type Command = SimpleCommand | Pipeline | AndOr | Group | If | Loop | For | Case | FunctionDefinition;

/** A list of commands; `background` for those ended by `&`. */
export interface Script {
  readonly type: 'script';
  readonly items: readonly { readonly command: Command; readonly background: boolean }[];
}

export type ParseResult = { readonly ok: true; readonly script: Script } | { readonly ok: false; readonly error: string; readonly at: number };

/** Deeper nesting than this is refused: hostile input must not exhaust the stack. */
const MAX_DEPTH = 64;
/** Reserved words that end a list (XCU 2.4), and the operators that do. */
const LIST_ENDS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);
const OP_LIST_ENDS: ReadonlySet<Operator> = new Set([')', ';;']);

export function parseShell(text: string, depth = 0): ParseResult {
  try {
    const parser = new Parser(lex(text), depth);
    const script = parser.list();
    parser.expectEnd();
    return { ok: true, script };
  } catch (e) {
    if (e instanceof ShellSyntaxError) return { ok: false, error: e.message, at: e.at };
    throw e;
  }
}

class Parser {
  private i = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly depth: number,
  ) {
    if (depth > MAX_DEPTH) throw new ShellSyntaxError('nested too deeply', 0);
  }

  expectEnd(): void {
    const t = this.peek();
    if (t) throw new ShellSyntaxError(`unexpected ${describe(t)}`, t.at);
  }

  /** A list up to a reserved word or operator that ends it, or the end of the text. */
  list(): Script {
    const items: { command: Command; background: boolean }[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (!t || this.endsList(t)) break;
      const command = this.andOr();
      const sep = this.peek();
      const background = sep?.t === 'op' && sep.op === '&';
      if (sep?.t === 'op' && (sep.op === ';' || sep.op === '&' || sep.op === '\n')) this.i++;
      else if (sep && !this.endsList(sep)) throw new ShellSyntaxError(`unexpected ${describe(sep)}`, sep.at);
      items.push({ command, background });
    }
    return { type: 'script', items };
  }

  private endsList(t: Token): boolean {
    return (t.t === 'op' && OP_LIST_ENDS.has(t.op)) || (isReserved(t) && LIST_ENDS.has(t.value));
  }

  private andOr(): Command {
    const first = this.pipeline();
    const rest: { op: '&&' | '||'; command: Command }[] = [];
    for (let t = this.peek(); t?.t === 'op' && (t.op === '&&' || t.op === '||'); t = this.peek()) {
      this.i++;
      this.skipNewlines();
      rest.push({ op: t.op, command: this.pipeline() });
    }
    return rest.length === 0 ? first : { type: 'and-or', first, rest };
  }

  private pipeline(): Command {
    const bang = this.peek();
    const negated = bang !== undefined && isReserved(bang) && bang.value === '!';
    if (negated) this.i++;
    const commands = [this.command()];
    for (let t = this.peek(); t?.t === 'op' && (t.op === '|' || t.op === '|&'); t = this.peek()) {
      this.i++;
      this.skipNewlines();
      commands.push(this.command());
    }
    return !negated && commands.length === 1 ? (commands[0] as Command) : { type: 'pipeline', negated, commands };
  }

  private command(): Command {
    const t = this.peek();
    if (!t) throw new ShellSyntaxError('a command is missing at the end', Number.MAX_SAFE_INTEGER);
    if (t.t === 'op' && t.op === '(') return this.redirected({ type: 'subshell', body: this.enclosed('(', ')') });
    if (isReserved(t)) {
      switch (t.value) {
        case '{':
          return this.redirected({ type: 'group', body: this.enclosed('{', '}') });
        case 'if':
          return this.redirected(this.ifClause());
        case 'while':
        case 'until':
          return this.redirected(this.loop(t.value));
        case 'for':
          return this.redirected(this.forClause());
        case 'case':
          return this.redirected(this.caseClause());
      }
    }
    const next = this.tokens[this.i + 1];
    const after = this.tokens[this.i + 2];
    if (t.t === 'word' && !t.quoted && /^[\w.-]+$/.test(t.value) && next?.t === 'op' && next.op === '(' && after?.t === 'op' && after.op === ')') {
      this.i += 3;
      this.skipNewlines();
      return { type: 'function', name: t.value, body: this.command() };
    }
    return this.simple();
  }

  /** Redirections after a compound command (`done > log`) are read and dropped. */
  private redirected(command: Command): Command {
    while (this.peek()?.t === 'redirect') {
      this.i++;
      this.word('a redirection target');
    }
    return command;
  }

  private simple(): SimpleCommand {
    const assignments: Word[] = [];
    const words: Word[] = [];
    const redirects: Word[] = [];
    for (let t = this.peek(); t && t.t !== 'op'; t = this.peek()) {
      this.i++;
      if (t.t === 'redirect') redirects.push(this.word('a redirection target'));
      else if (words.length === 0 && /^[A-Za-z_]\w*=/.test(t.value)) assignments.push(this.toWord(t));
      else words.push(this.toWord(t));
    }
    if (assignments.length === 0 && words.length === 0 && redirects.length === 0) {
      const t = this.peek();
      throw new ShellSyntaxError(t ? `unexpected ${describe(t)}` : 'a command is missing', t?.at ?? Number.MAX_SAFE_INTEGER);
    }
    return { type: 'simple', assignments, words, redirects };
  }

  private ifClause(): If {
    this.i++; // if
    const branches = [{ condition: this.list(), body: (this.expectReserved('then'), this.list()) }];
    let otherwise: Script | undefined;
    for (;;) {
      const t = this.expectReserved('elif', 'else', 'fi');
      if (t === 'fi') break;
      if (t === 'else') {
        otherwise = this.list();
        this.expectReserved('fi');
        break;
      }
      branches.push({ condition: this.list(), body: (this.expectReserved('then'), this.list()) });
    }
    return { type: 'if', branches, ...(otherwise && { otherwise }) };
  }

  private loop(kind: 'while' | 'until'): Loop {
    this.i++;
    const condition = this.list();
    this.expectReserved('do');
    const body = this.list();
    this.expectReserved('done');
    return { type: kind, condition, body };
  }

  private forClause(): For {
    this.i++;
    const variable = this.word('a loop variable').text;
    this.skipNewlines();
    let items: Word[] | undefined;
    const t = this.peek();
    if (t && isReserved(t) && t.value === 'in') {
      this.i++;
      items = [];
      for (let w = this.peek(); w?.t === 'word'; w = this.peek()) {
        this.i++;
        items.push(this.toWord(w));
      }
    }
    const sep = this.peek();
    if (sep?.t === 'op' && (sep.op === ';' || sep.op === '\n')) this.i++;
    this.skipNewlines();
    this.expectReserved('do');
    const body = this.list();
    this.expectReserved('done');
    return { type: 'for', variable, ...(items && { items }), body };
  }

  private caseClause(): Case {
    this.i++;
    const subject = this.word('a case subject');
    this.skipNewlines();
    this.expectReserved('in');
    const arms: { patterns: Word[]; body: Script }[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (t && isReserved(t) && t.value === 'esac') break;
      if (t?.t === 'op' && t.op === '(') this.i++;
      const patterns = [this.word('a case pattern')];
      for (let p = this.peek(); p?.t === 'op' && p.op === '|'; p = this.peek()) {
        this.i++;
        patterns.push(this.word('a case pattern'));
      }
      this.expectOp(')');
      const body = this.list();
      arms.push({ patterns, body });
      const end = this.peek();
      if (end?.t === 'op' && end.op === ';;') this.i++;
      else break;
    }
    this.skipNewlines();
    this.expectReserved('esac');
    return { type: 'case', subject, arms };
  }

  private enclosed(open: string, close: string): Script {
    this.i++;
    const body = this.list();
    if (close === ')') this.expectOp(')');
    else this.expectReserved(close);
    if (body.items.length === 0) throw new ShellSyntaxError(`empty ${open} ${close}`, this.tokens[this.i - 1]?.at ?? 0);
    return body;
  }

  private word(what: string): Word {
    const t = this.peek();
    if (t?.t !== 'word') throw new ShellSyntaxError(`${what} is missing`, t?.at ?? Number.MAX_SAFE_INTEGER);
    this.i++;
    return this.toWord(t);
  }

  private toWord(t: WordToken): Word {
    const substitutions = t.substitutions.map((text) => {
      const parsed = parseShell(text, this.depth + 1);
      if (!parsed.ok) throw new ShellSyntaxError(`in a command substitution: ${parsed.error}`, t.at);
      return parsed.script;
    });
    return { text: t.value, quoted: t.quoted, substitutions };
  }

  private expectReserved(...words: string[]): string {
    const t = this.peek();
    if (!t || !isReserved(t) || !words.includes(t.value)) {
      throw new ShellSyntaxError(`expected ${words.map((w) => `"${w}"`).join(' or ')}${t ? `, found ${describe(t)}` : ' before the end'}`, t?.at ?? Number.MAX_SAFE_INTEGER);
    }
    this.i++;
    return t.value;
  }

  private expectOp(op: Operator): void {
    const t = this.peek();
    if (t?.t !== 'op' || t.op !== op) throw new ShellSyntaxError(`expected "${op}"${t ? `, found ${describe(t)}` : ' before the end'}`, t?.at ?? Number.MAX_SAFE_INTEGER);
    this.i++;
  }

  private skipNewlines(): void {
    for (let t = this.peek(); t?.t === 'op' && t.op === '\n'; t = this.peek()) this.i++;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
}

const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'while', 'until', 'do', 'done', 'for', 'in', 'case', 'esac', '{', '}', '!']);

/** An unquoted reserved word. (Position is the parser's business: `echo done` is read as an argument by `simple`.) */
function isReserved(t: Token): t is WordToken {
  return t.t === 'word' && !t.quoted && RESERVED.has(t.value);
}

function describe(t: Token): string {
  if (t.t === 'word') return `"${t.value}"`;
  if (t.t === 'redirect') return `"${t.op}"`;
  return t.op === '\n' ? 'a line break' : `"${t.op}"`;
}
