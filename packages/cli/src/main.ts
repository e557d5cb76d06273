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
 * calls run(); the benchmark imports lintParsed and parseManifest from it.
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
import { configMapsOfRun } from './sameRun';
import type { LintOptions } from '@podsmith/lint';

export { lintParsed, lintText, parseManifest } from './lint';

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
  const options = (): LintOptions => ({ ...lintOptionsOf(settings), configMaps: configMapsOfRun(paths, io.cwd) });
  for (const outcome of await lintInputs(inputs, paths, workers, command, options, io)) {
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
 * Every input's outcome, in input order: on `workers` worker threads (`paths` are the inputs
 * that are files), or on this one. `optionsOf` reads the ConfigMaps of every file given
 * (sameRun.ts), once the workers are starting.
 */
async function lintInputs(
  inputs: readonly Input[],
  paths: readonly string[],
  workers: number,
  command: LintCommand,
  optionsOf: () => LintOptions,
  io: Io,
): Promise<(FileReport | FileError)[]> {
  if (workers > 0) return lintOnWorkers(paths, workers, io.cwd, optionsOf);
  const options = optionsOf();
  const outcomes: (FileReport | FileError)[] = [];
  for (const input of inputs) outcomes.push(await lintInput(input, command, options, io));
  return outcomes;
}

/** Read and lint one file (what a worker does for each file it is sent). */
function lintFile(path: string, cwd: string, options: LintOptions): FileReport | FileError {
  const text = readText(path, cwd);
  return typeof text === 'string' ? lintText(path, text, options) : text;
}

function readText(path: string, cwd: string): string | FileError {
  try {
    return readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    return { file: path, reason: `cannot read it: ${reasonOf(error)}` };
  }
}

async function lintInput(input: Input, command: LintCommand, options: LintOptions, io: Io): Promise<FileReport | FileError> {
  if (input.kind === 'stdin') {
    const text = await io.readStdin().catch((error: unknown): FileError => ({ file: command.stdinName, reason: `cannot read it: ${reasonOf(error)}` }));
    return typeof text === 'string' ? lintText(command.stdinName, text, options) : text;
  }
  if (!command.fix) return lintFile(input.path, io.cwd, options);
  const text = readText(input.path, io.cwd);
  if (typeof text !== 'string') return text;
  const file = input.path;
  // A file with YAML errors is reported, not fixed: edits need a text that parses.
  if (!parseFile(text).ok) return lintText(file, text, options);

  const fixed = fixText(text, options);
  if (fixed.text !== text) {
    // applyEdit checks every step parses; check the whole once more before touching the file.
    if (!parseFile(fixed.text).ok) return { file, reason: 'the fixes would leave YAML that does not parse, so the file was not written' };
    try {
      writeFileSync(resolve(io.cwd, input.path), fixed.text);
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
