/**
 * The command line, parsed and checked: argv in, a Command out, or a UsageError.
 * Pure: no files are read here (the config file is config.ts's business).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_K8S_VERSION, SUPPORTED_K8S_VERSIONS } from '@podsmith/lint';
import { checkK8sVersion, checkRuleIds, checkSeverity, UsageError, type Settings } from './settings';

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
}

export interface ListRulesCommand {
  readonly command: 'list-rules';
  readonly format: Format;
}

export type Command = LintCommand | ListRulesCommand | { readonly command: 'help' };

export const USAGE = `Usage: podsmith lint [options] <path…>

Lint Kubernetes manifests: every pod spec in Pods, Deployments, StatefulSets,
DaemonSets, ReplicaSets, Jobs, CronJobs and Lists of them. A path is a file, a
directory (searched recursively for .yaml and .yml files) or - for stdin.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --k8s-version <1.NN>        target Kubernetes version, ${SUPPORTED_K8S_VERSIONS[0]} to ${DEFAULT_K8S_VERSION} (default: ${DEFAULT_K8S_VERSION})
      --fail-on <severity>        exit 1 when a finding is at least error, warning or info
                                  (default: error)
      --disable <rule,…>          rules not to run (repeatable)
  -c, --config <file>             config file (default: .podsmith.yaml in the current
                                  directory, when there is one)
      --fix                       apply the quick fixes in place, then report what remains
      --stdin-filename <name>     the name to report stdin under (default: ${STDIN_NAME})
      --list-rules                print the rules: id, category, severity, summary
                                  (with --format json: as JSON)
  -h, --help                      print this help

Config file (YAML; flags replace its values):
  k8sVersion: "1.33"
  failOn: warning
  disable: [sidecar-order, init-without-deadline]

Exit codes: 0 nothing reaches --fail-on, 1 something does, 2 a usage error or a
file that cannot be read or parsed (the other files are still linted).
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
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCommandLine(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { command: 'help' };

  const format = checkFormat(values.format ?? 'text');
  const [command, ...paths] = positionals;
  if (values['list-rules']) {
    if (command !== undefined && command !== 'lint') throw new UsageError(`Unknown command "${command}".`);
    return { command: 'list-rules', format };
  }
  if (command === undefined) throw new UsageError('Missing command: podsmith lint <path…>.');
  if (command !== 'lint') throw new UsageError(`Unknown command "${command}": the command is podsmith lint <path…>.`);
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
  };
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
