/**
 * What a container's command line says about its run time. Heuristics over the words
 * of `command` + `args` (and the script of `sh -c`): evidence for rules and roles, never
 * a shell parser. Each function answers one question and says why when it can.
 */

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);
/** Units `sleep` accepts (GNU coreutils, busybox). */
const SLEEP_UNITS: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** The last path segment of a program: `/bin/sh` → `sh`. */
export function programName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/**
 * The text a container runs: the script of `sh -c '<script>'` (flags like `-ec` included),
 * otherwise the words joined by spaces.
 */
export function scriptOf(argv: readonly string[]): string {
  const [first, ...rest] = argv;
  if (first !== undefined && SHELLS.has(programName(first))) {
    const c = rest.findIndex((w) => /^-[a-z]*c[a-z]*$/.test(w));
    if (c >= 0) return rest.slice(c + 1).join(' ');
  }
  return argv.join(' ');
}

/** Simple commands of a script: split at `;`, `&&`, `||`, `|`, `&`, newlines and `do`/`then`. */
export function simpleCommands(script: string): readonly (readonly string[])[] {
  return script
    .split(/;|&&|\|\||\||&|\n|\bdo\b|\bthen\b|\belse\b/)
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0);
}

/** Seconds of a `sleep` argument: `10`, `1.5`, `2m`, `infinity`; undefined when not a duration. */
export function sleepDuration(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (word === 'infinity' || word === 'inf') return Infinity;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(word.replace(/^["']|["']$/g, ''));
  if (!m) return undefined;
  return Number(m[1]) * (SLEEP_UNITS[m[2] ?? ''] ?? 1);
}

/**
 * How long a script sleeps when it runs straight through: the sum of its literal
 * `sleep N` commands; undefined when it sleeps inside a loop (unknown duration) or not at all.
 */
export function straightSleepSeconds(script: string): number | undefined {
  if (/\b(while|until|for)\b/.test(script)) return undefined;
  let total: number | undefined;
  for (const words of simpleCommands(script)) {
    if (programName(words[0] ?? '') !== 'sleep') continue;
    const seconds = sleepDuration(words[1]);
    if (seconds !== undefined) total = (total ?? 0) + seconds;
  }
  return total;
}

/** Files followed by `tail -f`/`-F`/`--follow` anywhere in a script. */
export function followedFiles(script: string): readonly string[] {
  return simpleCommands(script).flatMap((words) => (programName(words[0] ?? '') === 'tail' ? tailFollowTargets(words.slice(1)) : []));
}

function tailFollowTargets(words: readonly string[]): readonly string[] {
  let follows = false;
  const files: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (/^-[^-]*[fF]/.test(w) || w.startsWith('--follow')) follows = true;
    else if (w === '-n' || w === '-c' || w === '-s') i++; // the option's value
    else if (!w.startsWith('-')) files.push(w.replace(/^["']|["']$/g, ''));
  }
  return follows ? files : [];
}

/**
 * Paths a log collector reads, from its command line: files followed by `tail -f`, and
 * the `path=` of a tail input (`fluent-bit -i tail -p path=/var/log/app/*.log`).
 */
export function tailedPaths(argv: readonly string[]): readonly string[] {
  const script = scriptOf(argv);
  const followed = followedFiles(script);
  if (!/(^|\s)(-i|--input)[\s=]tail\b|\bname\s+tail\b|@type\s+tail\b/i.test(script)) return followed;
  const inputPaths = [...script.matchAll(/\bpath[=\s]+["']?([^\s"',]+)/gi)].map((m) => m[1] ?? '');
  return [...followed, ...inputPaths.filter((p) => p.startsWith('/'))];
}

/**
 * Why a command only keeps the container alive, or undefined: `sleep infinity` or
 * `tail -f`, the idioms of a helper that waits to be killed.
 */
export function keepAliveReason(argv: readonly string[]): string | undefined {
  const script = scriptOf(argv);
  if (simpleCommands(script).some((w) => programName(w[0] ?? '') === 'sleep' && sleepDuration(w[1]) === Infinity)) return 'it runs `sleep infinity`';
  if (followedFiles(script).length > 0) return 'it follows a file with `tail -f`, which never ends';
  return undefined;
}

/**
 * Why a command never exits on its own, or undefined: a keep-alive idiom, or a
 * `while true` loop with no `break` or `exit` in it.
 */
export function runsForeverReason(argv: readonly string[]): string | undefined {
  const keepAlive = keepAliveReason(argv);
  if (keepAlive) return keepAlive;
  const script = scriptOf(argv);
  if (/\bwhile\s+(true|:|\[\s*1\s*\]|sleep\b)/.test(script) && !/\b(break|exit)\b/.test(script)) {
    return 'it loops in `while true` with no `break` or `exit`';
  }
  return undefined;
}

/**
 * Why a script waits for something outside the pod with no bound, or undefined: an
 * `until`/`while !` polling loop or a wait-for tool, with no `timeout`, retry count or exit.
 */
export function unboundedWaitReason(argv: readonly string[]): string | undefined {
  const script = scriptOf(argv);
  if (/\btimeout\b|--timeout|\bseq\b|\bexit\b|\bbreak\b/.test(script)) return undefined;
  if (/\buntil\b.*\bdo\b/s.test(script)) return 'it polls in an `until` loop with no timeout';
  if (/\bwhile\s+!/.test(script)) return 'it polls in a `while !` loop with no timeout';
  if (/\b(wait-for-it|wait-for|k8s-wait-for|kubectl\s+wait)\b/.test(script)) return 'it runs a wait-for tool with no timeout';
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
