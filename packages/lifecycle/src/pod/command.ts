/**
 * What a container's command line says about its run time, read from what it runs
 * (../shell: the argv, its `sh -c` scripts parsed, wrappers removed), never from which
 * words appear in it. Each function answers one question and says why when it can.
 */
import { executionOf, executionOfParsed, programName, type Execution, type FileReader, type LoopRun, type Run } from '../shell/execution';
import type { Script } from '../shell/parse';

export { programName, executionOf };
export type { Execution, FileReader };

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);
/** Units `sleep` accepts (GNU coreutils, busybox). */
const SLEEP_UNITS: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/**
 * The text a container runs: the script of `sh -c '<script>'` (flags like `-ec` included),
 * otherwise the words joined by spaces. For text searches that are about data (a URL, a
 * port, a config line), not about which command runs.
 */
export function scriptOf(argv: readonly string[]): string {
  const [first, ...rest] = argv;
  if (first !== undefined && SHELLS.has(programName(first))) {
    const c = rest.findIndex((w) => /^-[a-z]*c[a-z]*$/.test(w));
    if (c >= 0) return rest.slice(c + 1).join(' ');
  }
  return argv.join(' ');
}

/** Seconds of a `sleep` argument: `10`, `1.5`, `2m`, `infinity`; undefined when not a duration. */
export function sleepDuration(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (word === 'infinity' || word === 'inf') return Infinity;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(word);
  if (!m) return undefined;
  return Number(m[1]) * (SLEEP_UNITS[m[2] ?? ''] ?? 1);
}

/**
 * How long a command sleeps when it runs straight through: the sum of its `sleep N`
 * commands; undefined when it loops (unknown duration), does not sleep, or does not parse.
 */
export function straightSleepSeconds(run: Execution): number | undefined {
  if (run.loops.length > 0 || run.unparsed !== undefined || run.runs.some((r) => r.inLoop)) return undefined;
  let total: number | undefined;
  for (const r of run.runs) {
    if (r.program !== 'sleep' || r.background) continue;
    const seconds = sleepDuration(r.argv[1]);
    if (seconds !== undefined) total = (total ?? 0) + seconds;
  }
  return total;
}

/** Files a run follows with `tail -f`/`-F`/`--follow`. */
function tailFollowTargets(r: Run): readonly string[] {
  if (r.program !== 'tail') return [];
  let follows = false;
  const files: string[] = [];
  for (let i = 1; i < r.argv.length; i++) {
    const w = r.argv[i] ?? '';
    if (/^-[^-]*[fF]/.test(w) || w.startsWith('--follow')) follows = true;
    else if (w === '-n' || w === '-c' || w === '-s') i++; // the option's value
    else if (!w.startsWith('-')) files.push(w);
  }
  return follows ? files : [];
}

/** Files followed by `tail -f` anywhere in what runs. */
export function followedFiles(run: Execution): readonly string[] {
  return run.runs.flatMap(tailFollowTargets);
}

/**
 * Paths a log collector reads: files followed by `tail -f`, and the `path=` of a tail
 * input on a collector's command line (`fluent-bit -i tail -p path=/var/log/app/*.log`).
 * A config written inline (`[INPUT] Name tail`, `@type tail`) is data: searched as text.
 */
export function tailedPaths(argv: readonly string[], run: Execution): readonly string[] {
  const followed = followedFiles(run);
  const inputs = run.runs.filter((r) => r.argv.some((w, i) => /^--?input=tail$/.test(w) || ((w === '-i' || w === '--input') && r.argv[i + 1] === 'tail')));
  const inlineConfig = /\bname\s+tail\b|@type\s+tail\b/i.test(scriptOf(argv));
  const words = inputs.length > 0 ? inputs.flatMap((r) => r.argv) : inlineConfig ? [scriptOf(argv)] : [];
  const inputPaths = words.flatMap((w) => [...w.matchAll(/\bpath[=\s]+["']?([^\s"',]+)/gi)].map((m) => m[1] ?? ''));
  return [...followed, ...inputPaths.filter((p) => p.startsWith('/'))];
}

/** A run the script waits for: not in the background, not a condition. */
function inForeground(r: Run): boolean {
  return !r.background && !r.inCondition;
}

/**
 * Why a command only keeps the container alive, or undefined: `sleep infinity` or
 * `tail -f`, the idioms of a helper that waits to be killed.
 */
export function keepAliveReason(run: Execution): string | undefined {
  const fg = run.runs.filter(inForeground);
  if (fg.some((r) => r.program === 'sleep' && sleepDuration(r.argv[1]) === Infinity && !r.bounded)) return 'it runs `sleep infinity`';
  if (fg.some((r) => tailFollowTargets(r).length > 0 && !r.bounded)) return 'it follows a file with `tail -f`, which never ends';
  return undefined;
}

/** The programs a script (a loop's condition or body) runs, nested scripts included. */
function programsIn(script: Script): readonly Run[] {
  return executionOfParsed(script).runs;
}

/** A loop body that can end the loop: `break`, `exit` or `return`, or exec of another program. */
function canLeave(loop: LoopRun): boolean {
  return [...programsIn(loop.loop.body), ...programsIn(loop.loop.condition)].some((r) => r.program === 'break' || r.program === 'exit' || r.program === 'return');
}

/** A condition that never changes: `true`, `:`, `[ 1 ]`, `sleep N` (for while); `false` (for until). */
function alwaysHolds(loop: LoopRun): boolean {
  const items = loop.loop.condition.items;
  const only = items.length === 1 ? items[0]?.command : undefined;
  if (only?.type !== 'simple') return false;
  const words = only.words.map((w) => w.text);
  const program = programName(words[0] ?? '');
  if (loop.loop.type === 'until') return program === 'false';
  return program === 'true' || program === ':' || (program === 'sleep' && sleepDuration(words[1]) !== undefined) || /^\[ 1 \]$|^\[ 1 -eq 1 \]$/.test(words.join(' '));
}

/**
 * Why a command never exits on its own, or undefined: a keep-alive idiom, or an endless
 * `while true` loop (nothing in it breaks out or exits) that the script waits for.
 */
export function runsForeverReason(run: Execution): string | undefined {
  const keepAlive = keepAliveReason(run);
  if (keepAlive) return keepAlive;
  const endless = run.loops.find((l) => !l.background && !l.bounded && alwaysHolds(l) && !canLeave(l));
  if (endless) return `it loops in \`${endless.loop.type === 'until' ? 'until false' : 'while true'}\` with no \`break\` or \`exit\``;
  return undefined;
}

/** A loop that counts its attempts: arithmetic, `let`, `expr` or `seq` in its condition or body. */
function counts(loop: LoopRun): boolean {
  const runs = [...programsIn(loop.loop.condition), ...programsIn(loop.loop.body)];
  if (runs.some((r) => r.program === 'let' || r.program === 'expr' || r.program === 'seq')) return true;
  const words = [...loop.loop.condition.items, ...loop.loop.body.items].flatMap(({ command }) => wordsOf(command));
  return words.some((w) => w.includes('$((')) || assignmentsIn(loop).some((a) => a.includes('$(('));
}

function wordsOf(command: Script['items'][number]['command']): readonly string[] {
  switch (command.type) {
    case 'simple':
      return [...command.assignments, ...command.words].map((w) => w.text);
    case 'pipeline':
      return command.commands.flatMap(wordsOf);
    case 'and-or':
      return [command.first, ...command.rest.map((r) => r.command)].flatMap(wordsOf);
    case 'subshell':
    case 'group':
      return command.body.items.flatMap((i) => wordsOf(i.command));
    case 'if':
      return [...command.branches.flatMap((b) => [...b.condition.items, ...b.body.items]), ...(command.otherwise?.items ?? [])].flatMap((i) => wordsOf(i.command));
    case 'while':
    case 'until':
    case 'for':
      return command.body.items.flatMap((i) => wordsOf(i.command));
    case 'case':
      return command.arms.flatMap((a) => a.body.items.flatMap((i) => wordsOf(i.command)));
    case 'function':
      return wordsOf(command.body);
  }
}

function assignmentsIn(loop: LoopRun): readonly string[] {
  return loop.loop.body.items.flatMap(({ command }) => (command.type === 'simple' ? command.assignments.map((a) => a.text) : []));
}

/** Wait-for tools that wait with no end: `k8s-wait-for`, `wait-for-it -t 0` (its default is 15 s). */
function unboundedTool(r: Run): boolean {
  if (r.program === 'k8s-wait-for' || r.program === 'wait_for.sh') return true;
  if (r.program === 'wait-for-it' || r.program === 'wait-for-it.sh') return r.argv.some((w, i) => /^--timeout=0$|^-t0$/.test(w) || (w === '-t' && r.argv[i + 1] === '0'));
  return false;
}

/**
 * Why a command waits for something outside the pod with no bound, or undefined: an
 * `until`/`while !` polling loop with no way out (no `break` or `exit`, no attempt
 * counter, no `timeout` around the loop), or a wait-for tool told to wait for ever. A
 * `timeout` on each attempt inside the loop bounds the attempt, not the loop.
 */
export function unboundedWaitReason(run: Execution): string | undefined {
  for (const l of run.loops) {
    if (l.background || l.bounded || canLeave(l) || counts(l)) continue;
    const first = l.loop.condition.items[0]?.command;
    if (l.loop.type === 'until' && !alwaysHolds(l)) return 'it polls in an `until` loop with no timeout';
    if (l.loop.type === 'while' && first?.type === 'pipeline' && first.negated) return 'it polls in a `while !` loop with no timeout';
  }
  if (run.runs.some((r) => !r.bounded && !r.background && unboundedTool(r))) return 'it runs a wait-for tool with no timeout';
  return undefined;
}

/** `localhost:PORT` and `127.0.0.1:PORT` (and `[::1]:PORT`) in a text: the ports it connects to locally. */
export function localhostPorts(text: string): readonly number[] {
  return [...text.matchAll(/(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):(\d{1,5})\b/g)].map((m) => Number(m[1]));
}

/** True when a word list holds a flag, as `--flag`, `-flag`, `--flag=true` or `--flag true`. */
export function hasFlag(argv: readonly string[], flag: string): boolean {
  return argv.some((w, i) => {
    const m = new RegExp(`^--?${flag}(?:=(.*))?$`).exec(w);
    if (!m) return false;
    const value = m[1] ?? (/^(true|false)$/.test(argv[i + 1] ?? '') ? argv[i + 1] : 'true');
    return value !== 'false';
  });
}

/** A run that always happens, in order: not in a loop, a branch, a condition or the background. */
function unconditional(r: Run): boolean {
  return !r.inLoop && !r.conditional && !r.inCondition && !r.background;
}

/**
 * The exit code a command ends with when it says so on every path: the first unconditional
 * `exit N` (or `false`, which exits 1, as the last thing it runs); undefined when it does
 * not say, loops, or does not parse.
 */
export function statedExitCode(run: Execution): number | undefined {
  // A loop, or an exit on some paths only (a retry loop's `exit 0` before a final `exit 1`): not stated.
  if (run.unparsed !== undefined || run.loops.length > 0 || run.runs.some((r) => r.inLoop || (r.program === 'exit' && !unconditional(r)))) return undefined;
  const always = run.runs.filter(unconditional);
  const exit = always.find((r) => r.program === 'exit');
  if (exit) {
    const code = Number(exit.argv[1] ?? '0');
    return Number.isInteger(code) ? ((code % 256) + 256) % 256 : undefined;
  }
  return always.at(-1)?.program === 'false' && always.length === run.runs.length ? 1 : undefined;
}
