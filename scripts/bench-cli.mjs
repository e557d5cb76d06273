#!/usr/bin/env node
/**
 * The CLI's speed as a user meets it: whole processes (start-up, reading, parsing, linting,
 * output), side by side in one run, on the real corpus (fixtures/corpus/real) and on the
 * corpus copied 10 times into a temporary folder:
 * - cli: `podsmith lint <dir> -f json` (the built bundle), every rule on, workers as
 *   `--concurrency auto` chooses; cliOneThread: the same with `--concurrency off`;
 * - bareParse: read every file and parse it with the `yaml` package, one thread, nothing
 *   else (scripts/bench/bare-parse.mjs): the floor;
 * - peer: @monokle/validation 0.33.0 with the plugins practices and pod-security-standards
 *   (scripts/bench/monokle.mjs; its schema plugin fetches from the network, so it is off);
 * - bareParseTwice: two bare parses started together, the wall time until both end: what
 *   this machine gives a second thread (1 × bareParse would be two free cores, 2 × none),
 *   the ceiling on what workers can win;
 * - cliTwice: the same for two one-thread CLIs: the CLI already keeps a second core busy
 *   with V8's collector and compiler, so this is the ceiling on what its workers can win.
 * Each figure is the median wall time of RUNS runs; the commands take turns, so drift of
 * the machine hits them alike. Budgets (issue 9): on the corpus, cli ≤ 1.5 × bareParse and
 * below peer; at 10 ×, cli ≤ bareParse and ≤ 0.5 × peer.
 *
 * `node scripts/bench-cli.mjs` prints the figures; scripts/bench.mjs calls benchCli().
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from './build-cli.mjs';
import { manifestFiles } from './bench/manifest-files.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'fixtures', 'corpus', 'real');
const BIN = join(ROOT, 'packages', 'cli', 'bin', 'podsmith.mjs');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);
const COPIES = 10;

const COMMANDS = {
  cli: (dir) => [BIN, 'lint', dir, '-f', 'json'],
  cliOneThread: (dir) => [BIN, 'lint', dir, '-f', 'json', '--concurrency', 'off'],
  bareParse: (dir) => [join(ROOT, 'scripts', 'bench', 'bare-parse.mjs'), dir],
  peer: (dir) => [join(ROOT, 'scripts', 'bench', 'monokle.mjs'), dir],
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall time of one whole process, its output thrown away (written, as a user's would be). */
function timeProcess(args) {
  const devNull = openSync('/dev/null', 'w');
  try {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', devNull, 'pipe'] });
    const ms = performance.now() - start;
    // podsmith exits 1 when it finds errors; anything else is a failed measurement.
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    return ms;
  } finally {
    closeSync(devNull);
  }
}

/** Wall time of `count` copies of one process started together, until the last ends. */
async function timeTogether(args, count) {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: count }, () => new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
      child.on('error', reject);
      // As in timeProcess: podsmith exits 1 when it finds errors.
      child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`${args.join(' ')} failed (${code})`))));
    })),
  );
  return performance.now() - start;
}

async function measure(dir, runs) {
  const samples = Object.fromEntries([...Object.keys(COMMANDS), 'bareParseTwice', 'cliTwice'].map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(COMMANDS)) samples[name].push(timeProcess(args(dir)));
    samples.bareParseTwice.push(await timeTogether(COMMANDS.bareParse(dir), 2));
    samples.cliTwice.push(await timeTogether(COMMANDS.cliOneThread(dir), 2));
  }
  const ms = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, Math.round(median(values))]));
  const ratio = (a, b) => +(ms[a] / ms[b]).toFixed(2);
  return {
    files: manifestFiles(dir).length,
    ms,
    cliOverBareParse: ratio('cli', 'bareParse'),
    cliOverPeer: ratio('cli', 'peer'),
    secondThread: ratio('bareParseTwice', 'bareParse'),
    cliSecondThread: ratio('cliTwice', 'cliOneThread'),
  };
}

export async function benchCli({ runs = RUNS } = {}) {
  await buildCli();
  const copies = mkdtempSync(join(tmpdir(), 'podsmith-bench-'));
  try {
    for (let i = 0; i < COPIES; i++) cpSync(CORPUS, join(copies, `copy-${i}`), { recursive: true });
    const corpus = await measure(CORPUS, runs);
    console.log(`corpus: ${JSON.stringify(corpus)}`); // the first half, while the second runs
    return { cores: availableParallelism(), runs, corpus, corpusTimes10: await measure(copies, runs) };
  } finally {
    rmSync(copies, { recursive: true, force: true });
  }
}

/** The table bench.mjs and this script print. */
export function printCli(r, row) {
  for (const [label, m, budget] of [
    ['corpus', r.corpus, 'budget: cli ≤ 1.5 × bare parse, cli < peer'],
    [`corpus × ${COPIES}`, r.corpusTimes10, 'budget: cli ≤ bare parse, cli ≤ 0.5 × peer'],
  ]) {
    row(`CLI, ${label} (${m.files} files), whole processes`, `cli ${m.ms.cli} ms (one thread ${m.ms.cliOneThread}) · bare yaml parse ${m.ms.bareParse} ms · peer ${m.ms.peer} ms`, '');
    row(`CLI, ${label}: cli / bare parse, cli / peer`, `${m.cliOverBareParse} · ${m.cliOverPeer}`, budget);
    row(`CLI, ${label}: floor, two bare parses at once / one`, `${m.ms.bareParseTwice} ms / ${m.ms.bareParse} ms = ${m.secondThread}`, 'what a second thread gives here: 1 = a free core');
    row(`CLI, ${label}: floor, two one-thread CLIs at once / one`, `${m.ms.cliTwice} ms / ${m.ms.cliOneThread} ms = ${m.cliSecondThread}`, 'the same for the CLI: 2 = no core left for its workers');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchCli();
  console.log(`${r.cores} cores, median of ${r.runs} runs`);
  printCli(r, (what, value, budget) => console.log(`${what.padEnd(52)} ${value}${budget ? `   (${budget})` : ''}`));
}
