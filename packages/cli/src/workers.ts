/**
 * Linting files on worker threads: parsing is most of a lint's cost and one file's lint
 * needs nothing of another's, so with many files and more than one core the files are
 * shared out to workers. Each worker runs this same bundle (packages/cli/dist/podsmith.mjs),
 * reads and lints the files it is sent, one at a time, and posts the report back with the
 * file's index; the reports are put back in the input order, so the output is the same
 * bytes as on one thread (a test holds it to that). --fix and stdin stay on the main thread.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { LintOptions } from '@podsmith/lint';

/** --concurrency: `auto` (workers when there are enough files and cores), `off`, or a number of workers. */
export type Concurrency = 'auto' | 'off' | number;

/** Below this many files, starting workers (each loads the bundle) costs more than it saves. */
export const AUTO_MIN_FILES = 64;

/**
 * Below this many cores, auto stays on the main thread: V8's garbage collector already
 * runs beside it on a second core, and measured on 2 cores, 2 workers took longer than
 * one thread (fixtures/corpus, 680 files: 4.5 s against 3.7 s wall, 6.9 s against 4.9 s CPU).
 */
export const AUTO_MIN_CORES = 3;

/** What a worker is given when it starts. */
interface WorkerSetup {
  readonly podsmithLintWorker: true;
  readonly cwd: string;
}

/** The main thread's messages: the options first (they are built while the workers start), then files. */
type ToWorker = { readonly kind: 'options'; readonly options: LintOptions } | { readonly kind: 'files'; readonly first: number; readonly paths: readonly string[] };

/** A batch's outcomes, for the files from index `first` on. */
interface Done<T> {
  readonly first: number;
  readonly outcomes: readonly T[];
}

/**
 * Files per message, and messages a worker holds at once: it lints one batch while the
 * next waits, so it never idles on a round trip to the main thread, and batches stay small
 * enough that the workers finish together.
 */
const BATCH = 8;
const IN_FLIGHT = 2;

/** How many workers to start for `files` files: 0 means lint on the main thread. */
export function workersFor(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return files >= AUTO_MIN_FILES && cores >= AUTO_MIN_CORES ? Math.min(cores, files) : 0;
  return Math.min(concurrency, files);
}

/**
 * Lint `paths` on `count` workers; the outcomes (what the worker's lintFile returns) in
 * the order of `paths`. A worker is sent the next batch when it returns one, so a slow
 * file does not hold back the others' shares.
 */
export function lintOnWorkers<T>(paths: readonly string[], count: number, cwd: string, options: LintOptions): Promise<T[]> {
  const outcomes: T[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const setup: WorkerSetup = { podsmithLintWorker: true, cwd };
    const workers = Array.from({ length: count }, () => new Worker(new URL(import.meta.url), { workerData: setup }));
    const finish = (error?: unknown) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(outcomes);
    };
    const send = (worker: Worker, message: ToWorker) => worker.postMessage(message);
    const feed = (worker: Worker) => {
      if (next >= paths.length) return;
      const batch = paths.slice(next, next + BATCH);
      send(worker, { kind: 'files', first: next, paths: batch });
      next += batch.length;
    };
    for (const worker of workers) {
      worker.on('message', ({ first, outcomes: batch }: Done<T>) => {
        batch.forEach((outcome, i) => (outcomes[first + i] = outcome));
        done += batch.length;
        if (done === paths.length) finish();
        else feed(worker);
      });
      worker.on('error', finish);
      send(worker, { kind: 'options', options });
      for (let i = 0; i < IN_FLIGHT; i++) feed(worker);
    }
  });
}

/** True inside a worker this module started. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerSetup> | null)?.podsmithLintWorker === true;
}

/** The worker's side: lint each batch it is sent with `lintFile`, post the outcomes back. */
export function serveLintWorker<T>(lintFile: (path: string, cwd: string, options: LintOptions) => T): void {
  const { cwd } = workerData as WorkerSetup;
  let options: LintOptions = {};
  parentPort?.on('message', (message: ToWorker) => {
    if (message.kind === 'options') options = message.options;
    else parentPort?.postMessage({ first: message.first, outcomes: message.paths.map((path) => lintFile(path, cwd, options)) } satisfies Done<T>);
  });
}
