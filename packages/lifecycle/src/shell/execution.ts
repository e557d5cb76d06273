/**
 * What a command line runs: every program a container's argv starts, through `sh -c`
 * scripts (parsed, never searched for words), wrappers such as `exec`, `env`, `nohup` or
 * `timeout`, command substitutions, and scripts read from files the pod mounts (a
 * ConfigMap in the same run). Each run says where it sits: in a loop, in the background,
 * in a condition, under a `timeout`. The loops are listed too, for questions about how
 * long a script runs.
 */
import { parseShell, type Command, type Loop, type Script, type Word } from './parse';

/** Reads a file a container can see, by absolute path; undefined when it is not known. */
export type FileReader = (path: string) => string | undefined;

export interface Run {
  /** The program and its arguments, wrappers removed: `["curl", "-X", "POST", "http://..."]`. */
  readonly argv: readonly string[];
  /** The program's last path segment: `curl`. */
  readonly program: string;
  /** The words as parsed, for their command substitutions; absent for a container's own argv. */
  readonly words?: readonly Word[];
  /** Repeated by a loop (in its condition or its body). */
  readonly inLoop: boolean;
  /** Started with `&`: the script does not wait for it. */
  readonly background: boolean;
  /** Decides a branch: an `if`/`while`/`until` condition, or the left side of `&&`/`||`. */
  readonly inCondition: boolean;
  /** Runs only on some paths: in a branch, after `&&`/`||`. */
  readonly conditional: boolean;
  /** Under a `timeout` wrapper, which bounds it. */
  readonly bounded: boolean;
}

export interface LoopRun {
  readonly loop: Loop;
  readonly background: boolean;
  readonly bounded: boolean;
}

export interface Execution {
  readonly runs: readonly Run[];
  readonly loops: readonly LoopRun[];
  /** Scripts that did not parse (their words are not guessed at): the first error. */
  readonly unparsed?: string;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox']);
/** Programs that run their arguments as a command: how many leading words (after options) are theirs. */
const WRAPPERS = new Set(['exec', 'env', 'nohup', 'nice', 'setsid', 'time', 'tini', 'dumb-init', 'timeout', 'su-exec', 'gosu', 'stdbuf', 'ionice']);
/** A script refers to files this deep at most (a script sourcing itself must end). */
const MAX_FILE_DEPTH = 4;

interface Where {
  readonly inLoop: boolean;
  readonly background: boolean;
  readonly inCondition: boolean;
  readonly conditional: boolean;
  readonly bounded: boolean;
  readonly fileDepth: number;
}

const TOP: Where = { inLoop: false, background: false, inCondition: false, conditional: false, bounded: false, fileDepth: 0 };

/** Everything a container's argv runs. */
export function executionOf(argv: readonly string[], files?: FileReader): Execution {
  const out = { runs: [] as Run[], loops: [] as LoopRun[], unparsed: undefined as string | undefined };
  runArgv(argv, undefined, TOP, files, out);
  return { runs: out.runs, loops: out.loops, ...(out.unparsed !== undefined && { unparsed: out.unparsed }) };
}

/** Everything a script runs (an exec hook's `sh -c` text, already unwrapped). */
export function executionOfScript(text: string, files?: FileReader): Execution {
  const out = { runs: [] as Run[], loops: [] as LoopRun[], unparsed: undefined as string | undefined };
  runScriptText(text, TOP, files, out);
  return { runs: out.runs, loops: out.loops, ...(out.unparsed !== undefined && { unparsed: out.unparsed }) };
}

/** Everything an already parsed script runs (a loop's body). */
export function executionOfParsed(script: Script, files?: FileReader): Execution {
  const out = { runs: [] as Run[], loops: [] as LoopRun[], unparsed: undefined as string | undefined };
  runScript(script, TOP, files, out);
  return { runs: out.runs, loops: out.loops };
}

/** The last path segment of a program: `/bin/sh` → `sh`. */
export function programName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

type Out = { runs: Run[]; loops: LoopRun[]; unparsed: string | undefined };

function runScriptText(text: string, where: Where, files: FileReader | undefined, out: Out): void {
  const parsed = parseShell(text);
  if (!parsed.ok) {
    out.unparsed ??= parsed.error;
    return;
  }
  runScript(parsed.script, where, files, out);
}

function runScript(script: Script, where: Where, files: FileReader | undefined, out: Out): void {
  for (const { command, background } of script.items) runCommand(command, background ? { ...where, background: true } : where, files, out);
}

function runCommand(command: Command, where: Where, files: FileReader | undefined, out: Out): void {
  switch (command.type) {
    case 'simple':
      for (const w of [...command.assignments, ...command.words, ...command.redirects]) for (const s of w.substitutions) runScript(s, where, files, out);
      if (command.words.length > 0) runArgv(command.words.map((w) => w.text), command.words, where, files, out);
      return;
    case 'pipeline':
      for (const c of command.commands) runCommand(c, where, files, out);
      return;
    case 'and-or':
      runCommand(command.first, command.rest.length > 0 ? { ...where, inCondition: true } : where, files, out);
      command.rest.forEach(({ command: c }, i) => runCommand(c, { ...where, conditional: true, inCondition: i < command.rest.length - 1 || where.inCondition }, files, out));
      return;
    case 'subshell':
    case 'group':
      runScript(command.body, where, files, out);
      return;
    case 'if':
      command.branches.forEach(({ condition, body }, i) => {
        runScript(condition, { ...where, inCondition: true, conditional: where.conditional || i > 0 }, files, out);
        runScript(body, { ...where, conditional: true }, files, out);
      });
      if (command.otherwise) runScript(command.otherwise, { ...where, conditional: true }, files, out);
      return;
    case 'while':
    case 'until':
      out.loops.push({ loop: command, background: where.background, bounded: where.bounded });
      runScript(command.condition, { ...where, inLoop: true, inCondition: true }, files, out);
      runScript(command.body, { ...where, inLoop: true, conditional: true }, files, out);
      return;
    case 'for':
      for (const w of command.items ?? []) for (const s of w.substitutions) runScript(s, where, files, out);
      runScript(command.body, { ...where, inLoop: true, conditional: true }, files, out);
      return;
    case 'case':
      for (const arm of command.arms) runScript(arm.body, { ...where, conditional: true }, files, out);
      return;
    case 'function':
      // A function runs where it is called; its body is read as if it might run.
      runCommand(command.body, { ...where, conditional: true }, files, out);
      return;
  }
}

function runArgv(argv: readonly string[], words: readonly Word[] | undefined, where: Where, files: FileReader | undefined, out: Out): void {
  let start = 0;
  let bounded = where.bounded;
  for (;;) {
    const program = programName(argv[start] ?? '');
    if (!WRAPPERS.has(program)) break;
    const next = wrappedStart(program, argv, start + 1);
    if (next === undefined) break;
    if (program === 'timeout') bounded = true;
    start = next;
  }
  const rest = argv.slice(start);
  const program = programName(rest[0] ?? '');
  if (program === '') return;
  const here: Where = { ...where, bounded };
  out.runs.push({ argv: rest, program, ...(words && { words: words.slice(start) }), inLoop: here.inLoop, background: here.background, inCondition: here.inCondition, conditional: here.conditional, bounded });
  if (SHELLS.has(program)) {
    const shell = program === 'busybox' ? rest.slice(1) : rest;
    if (program === 'busybox' && !SHELLS.has(programName(shell[0] ?? ''))) return;
    const c = shell.findIndex((w, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(w));
    if (c > 0) {
      const text = shell[c + 1];
      if (text !== undefined) runScriptText(text, here, files, out);
      return;
    }
    const file = shell.slice(1).find((w) => !w.startsWith('-'));
    if (file !== undefined) runFile(file, here, files, out);
    return;
  }
  if (program === 'source' || program === '.') {
    if (rest[1] !== undefined) runFile(rest[1], here, files, out);
    return;
  }
  if (rest[0]?.startsWith('/') || rest[0]?.startsWith('./')) runFile(rest[0], here, files, out);
}

/** A script file the pod mounts (a ConfigMap of the same run), run in turn. */
function runFile(path: string, where: Where, files: FileReader | undefined, out: Out): void {
  if (!files || where.fileDepth >= MAX_FILE_DEPTH) return;
  const text = files(path);
  if (text === undefined) return;
  runScriptText(text.replace(/^#![^\n]*\n/, ''), { ...where, fileDepth: where.fileDepth + 1 }, files, out);
}

/** Where the wrapped command starts, after the wrapper's options and operands; undefined when none follows. */
function wrappedStart(wrapper: string, argv: readonly string[], from: number): number | undefined {
  let i = from;
  const word = (k: number) => argv[k] ?? '';
  if (wrapper === 'env') {
    while (i < argv.length && (/^-/.test(word(i)) || /^[A-Za-z_]\w*=/.test(word(i)))) i += word(i) === '-u' ? 2 : 1;
  } else if (wrapper === 'timeout') {
    while (/^-/.test(word(i))) i += /^-(s|k)$|^--(signal|kill-after)$/.test(word(i)) ? 2 : 1;
    i++; // the duration
  } else if (wrapper === 'nice' || wrapper === 'ionice') {
    while (/^-/.test(word(i))) i += /^-[nct]$/.test(word(i)) ? 2 : 1;
  } else if (wrapper === 'su-exec' || wrapper === 'gosu') {
    i++; // the user
  } else {
    while (/^-/.test(word(i))) {
      const dashes = word(i) === '--';
      i++;
      if (dashes) break;
    }
  }
  return i < argv.length ? i : undefined;
}
