/**
 * `podsmith lint`: the wiring. Parse the command line, read the config, expand the paths,
 * then for each file: read it, fix it (--fix), lint it; print the report in the chosen
 * format and return the exit code:
 *   0  nothing reaches --fail-on, and no more warnings than --max-warnings
 *   1  a finding reaches --fail-on (YAML that does not parse is an error finding,
 *      `invalid-yaml`), or there are more warnings than --max-warnings
 *   2  a usage error, or a path that cannot be read (the others are still linted)
 *
 * This module is the entry of the bundle (packages/cli/dist/podsmith.mjs): bin/podsmith.mjs
 * calls run(); the benchmarks import lintParsed, parseFile and parseManifest from it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import packageJson from '../package.json';
import { parseCommandLine, USAGE, type LintCommand } from './args';
import { loadConfig } from './config';
import { expandPaths, reasonOf, type Input } from './files';
import { fixText } from './fix';
import { formatJson } from './formatters/json';
import { formatRules } from './formatters/rules';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { isFileError, lintText, parseFile } from './lint';
import { countProblems, type FileError, type FileReport } from './report';
import { lintOptionsOf, reaches, resolveSettings, UsageError, type Settings } from './settings';
import { isLintWorker, lintOnWorkers, serveLintWorker, workersFor } from './workers';
import { configMapsOfRun, filesToLintAgain, lintInRun, type Linted } from './sameRun';
import type { LintOptions } from '@podsmith/lint';

export { lintParsed, lintText, parseFile, parseManifest } from './lint';

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

// Loaded as a worker thread by lintOnWorkers: lint the files the main thread sends.
if (isLintWorker()) serveLintWorker(lintFile);

/** What run() needs from the process; tests may pass their own. */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  readStdin(): Promise<string>;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    writeStdout: (text) => void process.stdout.write(text),
    writeStderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      let text = '';
      process.stdin.setEncoding('utf8');
      for await (const chunk of process.stdin) text += chunk;
      return text;
    },
  };
}

/** Run the CLI; resolves to the exit code. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if (command.command === 'help') {
      io.writeStdout(USAGE);
      return EXIT.ok;
    }
    if (command.command === 'version') {
      io.writeStdout(`podsmith ${packageJson.version}\n`);
      return EXIT.ok;
    }
    if (command.command === 'rules') {
      io.writeStdout(formatRules(command.format));
      return EXIT.ok;
    }
    const config = loadConfig(command.config, io.cwd);
    return await lint(command, resolveSettings(config.settings, command.flags), io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.writeStderr(`podsmith: ${error.message}\nRun podsmith --help for usage.\n`);
    return EXIT.error;
  }
}

async function lint(command: LintCommand, settings: Settings, io: Io): Promise<number> {
  const { inputs, errors: pathErrors } = expandPaths(command.paths, io.cwd);
  const errors: FileError[] = [...pathErrors];
  const reports: FileReport[] = [];
  const paths = inputs.flatMap((input) => (input.kind === 'file' ? [input.path] : []));
  const workers = command.fix || paths.length < inputs.length ? 0 : workersFor(command.concurrency, paths.length);
  const options = lintOptionsOf(settings);
  const outcomes = command.fix ? await fixInputs(inputs, command, { ...options, configMaps: configMapsOfRun(paths, io.cwd) }, io) : await lintInputs(inputs, paths, workers, command, options, io);
  for (const outcome of outcomes) {
    if (isFileError(outcome)) errors.push(outcome);
    else reports.push(outcome);
  }

  for (const e of errors) io.writeStderr(`podsmith: ${e.file}: ${e.reason}\n`);
  io.writeStdout(format(command, reports, errors, io));

  if (errors.length > 0) return EXIT.error;
  const failing = reports.some((r) => r.problems.some((p) => reaches(p.severity, settings.failOn)));
  const tooManyWarnings = command.maxWarnings !== undefined && countProblems(reports).warning > command.maxWarnings;
  if (tooManyWarnings && command.format === 'text') io.writeStdout(`Podsmith found too many warnings (maximum: ${command.maxWarnings}).\n`);
  return failing || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

/**
 * Every input's outcome, in input order: linted on `workers` worker threads (the inputs
 * are `paths` then: no stdin) or on this one, each with its own ConfigMaps; then the
 * inputs that mount a ConfigMap another file declares, linted again with the run's
 * (sameRun.ts).
 */
async function lintInputs(inputs: readonly Input[], paths: readonly string[], workers: number, command: LintCommand, options: LintOptions, io: Io): Promise<(FileReport | FileError)[]> {
  let stdin: string | FileError | undefined;
  const lintInput = async (input: Input, options: LintOptions): Promise<Linted> => {
    if (input.kind === 'file') return lintFile(input.path, io.cwd, options);
    stdin ??= await readStdin(command, io);
    // What stdin declares is not the run's: the run is the files of the command line.
    return typeof stdin === 'string' ? lintInRun(command.stdinName, stdin, options, false) : { outcome: stdin };
  };
  const linted: Linted[] = [];
  if (workers > 0) linted.push(...(await lintOnWorkers<Linted>(paths, workers, io.cwd, options)));
  else for (const input of inputs) linted.push(await lintInput(input, options));
  const { configMaps, again } = filesToLintAgain(linted.map((l) => l.part));
  const outcomes = linted.map((l) => l.outcome);
  for (const i of again) outcomes[i] = (await lintInput(inputs[i]!, { ...options, configMaps })).outcome;
  return outcomes;
}

/** Every input fixed (when it parses) and linted, one after the other, with the run's ConfigMaps. */
async function fixInputs(inputs: readonly Input[], command: LintCommand, options: LintOptions, io: Io): Promise<(FileReport | FileError)[]> {
  const outcomes: (FileReport | FileError)[] = [];
  for (const input of inputs) outcomes.push(input.kind === 'stdin' ? await lintStdin(command, options, io) : fixFile(input.path, options, io));
  return outcomes;
}

/** Read and lint one file (what a worker does for each file it is sent). */
function lintFile(path: string, cwd: string, options: LintOptions): Linted {
  const text = readText(path, cwd);
  return typeof text === 'string' ? lintInRun(path, text, options, true) : { outcome: text };
}

function readText(path: string, cwd: string): string | FileError {
  try {
    return readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    return { file: path, reason: `cannot read it: ${reasonOf(error)}` };
  }
}

function readStdin(command: LintCommand, io: Io): Promise<string | FileError> {
  return io.readStdin().catch((error: unknown): FileError => ({ file: command.stdinName, reason: `cannot read it: ${reasonOf(error)}` }));
}

async function lintStdin(command: LintCommand, options: LintOptions, io: Io): Promise<FileReport | FileError> {
  const text = await readStdin(command, io);
  return typeof text === 'string' ? lintText(command.stdinName, text, options) : text;
}

function fixFile(file: string, options: LintOptions, io: Io): FileReport | FileError {
  const text = readText(file, io.cwd);
  if (typeof text !== 'string') return text;
  // A file with YAML errors is reported, not fixed: edits need a text that parses.
  if (!parseFile(text).ok) return lintText(file, text, options);

  const fixed = fixText(text, options);
  if (fixed.text !== text) {
    // applyEdit checks every step parses; check the whole once more before touching the file.
    if (!parseFile(fixed.text).ok) return { file, reason: 'the fixes would leave YAML that does not parse, so the file was not written' };
    try {
      writeFileSync(resolve(io.cwd, file), fixed.text);
    } catch (error) {
      return { file, reason: `cannot write the fixes: ${reasonOf(error)}` };
    }
  }
  return lintText(file, fixed.text, options, fixed.applied);
}

function format(command: LintCommand, reports: readonly FileReport[], errors: readonly FileError[], io: Io): string {
  switch (command.format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, { cwd: io.cwd, errors });
    case 'text':
      return formatText(reports, { color: io.stdoutIsTTY && !io.env.NO_COLOR, fix: command.fix });
  }
}
