import { DEFAULT_K8S_VERSION, RULES } from '@podsmith/lint';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, STDIN_NAME, type LintCommand } from '../src/args';
import { reaches, resolveSettings, UsageError } from '../src/settings';

function lint(...argv: string[]): LintCommand {
  const command = parseCommandLine(argv);
  if (command.command !== 'lint') throw new Error(`expected lint, got ${command.command}`);
  return command;
}

function usageError(...argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('reads paths and defaults', () => {
    expect(lint('lint', 'a.yaml', 'dir')).toEqual({ command: 'lint', paths: ['a.yaml', 'dir'], format: 'text', fix: false, flags: { k8sVersion: undefined, failOn: undefined, disable: undefined }, stdinName: STDIN_NAME, concurrency: 'auto' });
  });

  it('reads every option', () => {
    const rule = RULES[0]?.id ?? '';
    const command = lint('lint', '--format', 'sarif', '--k8s-version', '1.31', '--fail-on=warning', '--disable', rule, '-c', 'cfg.yaml', '--fix', '--stdin-filename', 'pod.yaml', 'x.yaml');
    expect(command).toEqual({ command: 'lint', paths: ['x.yaml'], format: 'sarif', fix: true, config: 'cfg.yaml', flags: { k8sVersion: '1.31', failOn: 'warning', disable: [rule] }, stdinName: 'pod.yaml', concurrency: 'auto' });
  });

  it('takes - for stdin and drops repeated paths', () => {
    expect(lint('lint', '-', 'a.yaml', 'a.yaml').paths).toEqual(['-', 'a.yaml']);
  });

  it('accepts v-prefixed versions and -f', () => {
    expect(lint('lint', '--k8s-version', 'v1.29', '-f', 'json', 'a').flags.k8sVersion).toBe('1.29');
    expect(lint('lint', '-f', 'json', 'a').format).toBe('json');
  });

  it('merges --disable lists, comma-separated and repeated', () => {
    const [a, b, c] = RULES.map((r) => r.id);
    expect(lint('lint', '--disable', `${a}, ${b}`, '--disable', `${c},${a}`, 'x').flags.disable).toEqual([a, b, c]);
  });

  it('answers --help, --version and rules (or --list-rules) before anything else', () => {
    expect(parseCommandLine(['--help'])).toEqual({ command: 'help' });
    expect(parseCommandLine(['lint', '-h', '--bogus-is-not-read-yet'].slice(0, 2))).toEqual({ command: 'help' });
    expect(parseCommandLine(['--version'])).toEqual({ command: 'version' });
    expect(parseCommandLine(['-v'])).toEqual({ command: 'version' });
    expect(parseCommandLine(['rules'])).toEqual({ command: 'rules', format: 'text' });
    expect(parseCommandLine(['rules', '--format', 'json'])).toEqual({ command: 'rules', format: 'json' });
    expect(parseCommandLine(['--list-rules'])).toEqual({ command: 'rules', format: 'text' });
    expect(parseCommandLine(['lint', '--list-rules', '--format', 'json'])).toEqual({ command: 'rules', format: 'json' });
  });

  it('reads --max-warnings as a count', () => {
    expect(lint('lint', '--max-warnings', '0', 'x').maxWarnings).toBe(0);
    expect(lint('lint', '--max-warnings', '12', 'x').maxWarnings).toBe(12);
    expect(lint('lint', 'x').maxWarnings).toBeUndefined();
  });

  it('reads --concurrency as auto, off or a number of workers', () => {
    expect(lint('lint', '--concurrency', 'off', 'x').concurrency).toBe('off');
    expect(lint('lint', '--concurrency', '3', 'x').concurrency).toBe(3);
    expect(lint('lint', 'x').concurrency).toBe('auto');
  });

  it.each([
    [['lint', '--concurrency', '0', 'a'], /--concurrency: "0" is not auto, off or a number of worker threads/],
    [['lint', '--bogus', 'a'], /Unknown option '--bogus'/],
    [['lint', '--format'], /argument missing/],
    [['lint', '--format', 'xml', 'a'], /"xml" is not a format/],
    [['lint', '--k8s-version', '1.20', 'a'], /--k8s-version: Unsupported Kubernetes version "1.20"/],
    [['lint', '--k8s-version', 'latest', 'a'], /Unsupported Kubernetes version/],
    [['lint', '--fail-on', 'never', 'a'], /--fail-on: "never" is not a severity/],
    [['lint', '--max-warnings=-1', 'a'], /--max-warnings: "-1" is not a number of warnings/],
    [['lint', '--max-warnings', 'many', 'a'], /--max-warnings: "many" is not a number of warnings/],
    [['rules', 'a.yaml'], /podsmith rules takes no paths/],
    [['lint', '--disable', 'no-such-rule,also-not', 'a'], /unknown rule ids "no-such-rule", "also-not"/],
    [['lint'], /Name the files or directories/],
    [[], /Missing command/],
    [['check', 'a'], /Unknown command "check"/],
    [['lint', '--fix', '-'], /cannot fix stdin/],
    [['lint', '--fix=yes', 'a'], /does not take an argument/],
  ])('refuses %j', (argv, message) => {
    expect(usageError(...argv)).toMatch(message);
  });
});

describe('settings', () => {
  it('flags replace the config file, which replaces the defaults', () => {
    expect(resolveSettings({}, {})).toEqual({ k8sVersion: DEFAULT_K8S_VERSION, failOn: 'error', disable: [] });
    expect(resolveSettings({ k8sVersion: '1.30', failOn: 'warning', disable: ['a'] }, { failOn: 'info', k8sVersion: undefined })).toEqual({ k8sVersion: '1.30', failOn: 'info', disable: ['a'] });
    expect(resolveSettings({ disable: ['a'] }, { disable: ['b'] }).disable).toEqual(['b']);
  });

  it('decides what reaches --fail-on', () => {
    expect(reaches('error', 'error')).toBe(true);
    expect(reaches('warning', 'error')).toBe(false);
    expect(reaches('warning', 'warning')).toBe(true);
    expect(reaches('info', 'warning')).toBe(false);
    expect(reaches('info', 'info')).toBe(true);
    expect(reaches('error', 'info')).toBe(true);
  });
});
