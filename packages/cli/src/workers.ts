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
import type { FileError, FileReport } from './report';

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
  readonly options: LintOptions;
}

interface Job {
  readonly index: number;
  readonly path: string;
}

interface Done {
  readonly index: number;
  readonly outcome: FileReport | FileError;
}

/** How many workers to start for `files` files: 0 means lint on the main thread. */
export function workersFor(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return files >= AUTO_MIN_FILES && cores >= AUTO_MIN_CORES ? Math.min(cores, files) : 0;
  return Math.min(concurrency, files);
}

/**
 * Lint `paths` on `count` workers; the outcomes in the order of `paths`. A worker takes the
 * next file when it is done with one, so a slow file does not hold back the others' shares.
 */
export function lintOnWorkers(paths: readonly string[], count: number, cwd: string, options: LintOptions): Promise<(FileReport | FileError)[]> {
  const outcomes: (FileReport | FileError)[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (error?: unknown) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(outcomes);
    };
    const feed = (worker: Worker) => {
      if (next < paths.length) {
        const job: Job = { index: next, path: paths[next]! };
        next++;
        worker.postMessage(job);
      }
    };
    for (let i = 0; i < count; i++) {
      const setup: WorkerSetup = { podsmithLintWorker: true, cwd, options };
      const worker = new Worker(new URL(import.meta.url), { workerData: setup });
      workers.push(worker);
      worker.on('message', ({ index, outcome }: Done) => {
        outcomes[index] = outcome;
        done++;
        if (done === paths.length) finish();
        else feed(worker);
      });
      worker.on('error', finish);
      feed(worker);
    }
  });
}

/** True inside a worker this module started. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerSetup> | null)?.podsmithLintWorker === true;
}

/** The worker's side: lint each file it is sent with `lintFile`, post the outcome back. */
export function serveLintWorker(lintFile: (path: string, cwd: string, options: LintOptions) => FileReport | FileError): void {
  const { cwd, options } = workerData as WorkerSetup;
  parentPort?.on('message', ({ index, path }: Job) => {
    const done: Done = { index, outcome: lintFile(path, cwd, options) };
    parentPort?.postMessage(done);
  });
}
