/**
 * The command line, parsed and checked: argv in, a Command out, or a UsageError.
 * Pure: no files are read here (the config file is config.ts's business).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_K8S_VERSION, SUPPORTED_K8S_VERSIONS } from '@podsmith/lint';
import { checkK8sVersion, checkRuleIds, checkSeverity, UsageError, type Settings } from './settings';
import type { Concurrency } from './workers';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** The name a file read from stdin is reported under, unless --stdin-filename names it. */
export const STDIN_NAME = '<stdin>';

export interface LintCommand {
  readonly command: 'lint';
  /** Files and directories, `-` for stdin; at least one. */
  readonly paths: readonly string[];
  readonly format: Format;
  readonly fix: boolean;
  /** --config: a config file to read instead of ./.podsmith.yaml. */
  readonly config?: string;
  /** The settings given as flags; they replace the config file's. */
  readonly flags: Partial<Settings>;
  readonly stdinName: string;
  /** --max-warnings: exit 1 when there are more warnings than this, as ESLint does. */
  readonly maxWarnings?: number;
  /** --concurrency: lint files on worker threads (auto: with enough files and cores). */
  readonly concurrency: Concurrency;
}

export interface RulesCommand {
  readonly command: 'rules';
  readonly format: Format;
}

export type Command = LintCommand | RulesCommand | { readonly command: 'help' } | { readonly command: 'version' };

export const USAGE = `Usage: podsmith lint [options] <path…>
       podsmith rules [--format json]
       podsmith --version

Lint Kubernetes manifests: every pod spec in Pods, Deployments, StatefulSets,
DaemonSets, ReplicaSets, Jobs, CronJobs and Lists of them, and the fields of those
and of Services, ConfigMaps, Secrets, ServiceAccounts and PersistentVolumeClaims
against the Kubernetes API schema. A path is a file, a directory (searched
recursively for .yaml and .yml files) or - for stdin.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --k8s-version <1.NN>        target Kubernetes version, ${SUPPORTED_K8S_VERSIONS[0]} to ${DEFAULT_K8S_VERSION} (default: ${DEFAULT_K8S_VERSION})
      --fail-on <severity>        exit 1 when a finding is at least error, warning or info
                                  (default: error)
      --disable <rule,…>          rules not to run (repeatable)
  -c, --config <file>             config file (default: .podsmith.yaml in the current
                                  directory, when there is one)
      --max-warnings <n>          exit 1 when there are more than n warnings
      --fix                       apply the quick fixes in place, then report what remains
      --stdin-filename <name>     the name to report stdin under (default: ${STDIN_NAME})
      --concurrency <auto|off|n>  lint files on n worker threads (default: auto, one per
                                  core with 64 files or more on 3 cores or more); the
                                  output is the same
  -v, --version                   print the version
  -h, --help                      print this help

podsmith rules prints every rule: category, severity, versions, why, fix and
source (with --format json: as JSON). --list-rules is the same.

Config file (YAML; flags replace its values):
  k8sVersion: "1.33"
  failOn: warning
  disable: [sidecar-order, init-without-deadline]

Exit codes: 0 nothing reaches --fail-on, 1 something does (YAML that does not
parse is an error, invalid-yaml) or there are more warnings than --max-warnings,
2 a usage error or a path that cannot be read (the other files are still linted).
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'k8s-version': { type: 'string' },
  'fail-on': { type: 'string' },
  disable: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  fix: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'list-rules': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  concurrency: { type: 'string' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCommandLine(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const format = checkFormat(values.format ?? 'text');
  const [command, ...paths] = positionals;
  if (command === 'rules' || values['list-rules']) {
    if (command !== undefined && command !== 'lint' && command !== 'rules') throw new UsageError(`Unknown command "${command}".`);
    if (command === 'rules' && paths.length > 0) throw new UsageError('podsmith rules takes no paths.');
    return { command: 'rules', format };
  }
  if (command === undefined) throw new UsageError('Missing command: podsmith lint <path…>.');
  if (command !== 'lint') throw new UsageError(`Unknown command "${command}": the commands are podsmith lint <path…> and podsmith rules.`);
  if (paths.length === 0) throw new UsageError('Name the files or directories to lint, or - to read stdin.');
  if (values.fix && paths.includes('-')) throw new UsageError('--fix writes files in place, so it cannot fix stdin (-).');

  const flags: Partial<Settings> = {
    k8sVersion: values['k8s-version'] === undefined ? undefined : checkK8sVersion(values['k8s-version'], '--k8s-version'),
    failOn: values['fail-on'] === undefined ? undefined : checkSeverity(values['fail-on'], '--fail-on'),
    disable: values.disable === undefined ? undefined : checkRuleIds(values.disable, '--disable'),
  };
  return {
    command: 'lint',
    paths: [...new Set(paths)],
    format,
    fix: values.fix ?? false,
    ...(values.config === undefined ? {} : { config: values.config }),
    flags,
    stdinName: values['stdin-filename'] ?? STDIN_NAME,
    ...(values['max-warnings'] === undefined ? {} : { maxWarnings: checkCount(values['max-warnings'], '--max-warnings') }),
    concurrency: checkConcurrency(values.concurrency ?? 'auto'),
  };
}

function checkConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  if (/^[1-9]\d*$/.test(value.trim())) return Number(value);
  throw new UsageError(`--concurrency: "${value}" is not auto, off or a number of worker threads (1 or more).`);
}

function checkCount(value: string, source: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${source}: "${value}" is not a number of warnings (0 or more).`);
  return Number(value);
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util's messages (unknown option, missing value), without its advice on positionals.
    const message = (error as Error).message.replace(/\s*To specify .*$/s, '').replace(/\n.*$/s, '');
    throw new UsageError(message);
  }
}

function checkFormat(value: string): Format {
  const found = FORMATS.find((f) => f === value);
  if (!found) throw new UsageError(`--format: "${value}" is not a format; use one of ${FORMATS.join(', ')}.`);
  return found;
}
