/**
 * The optional config file: `--config <file>`, or `.podsmith.yaml` in the current
 * directory when there is one. Keys: k8sVersion, failOn, disable. Flags replace its values.
 *
 *   k8sVersion: "1.33"
 *   failOn: warning
 *   disable: [sidecar-order, init-without-deadline]   # or a comma-separated string
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { checkK8sVersion, checkRuleIds, checkSeverity, UsageError, type Settings } from './settings';

export const DEFAULT_CONFIG_FILE = '.podsmith.yaml';

const KEYS = ['k8sVersion', 'failOn', 'disable'] as const;

export interface LoadedConfig {
  /** The file it came from; undefined when there was none. */
  readonly file?: string;
  readonly settings: Partial<Settings>;
}

/** Read `explicit` (it must exist), else ./.podsmith.yaml when it exists. */
export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig {
  const file = explicit ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (explicit === undefined && code === 'ENOENT') return { settings: {} };
    throw new UsageError(`${file}: cannot read the config file (${code ?? (error as Error).message}).`);
  }
  return { file, settings: parseConfig(text, file) };
}

/**
 * The settings a config text holds. Read with YAML's failsafe schema, so every scalar is a
 * string: `k8sVersion: 1.30` means "1.30", not the number 1.3.
 */
export function parseConfig(text: string, file: string): Partial<Settings> {
  let value: unknown;
  try {
    value = parse(text, { schema: 'failsafe', prettyErrors: false });
  } catch (error) {
    throw new UsageError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (value === null || value === undefined || value === '') return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${file}: the config must be a mapping with the keys ${KEYS.join(', ')}.`);
  const config = value as Record<string, unknown>;
  const unknown = Object.keys(config).filter((key) => !(KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new UsageError(`${file}: unknown key ${unknown.map((k) => `"${k}"`).join(', ')}; the keys are ${KEYS.join(', ')}.`);

  const { k8sVersion, failOn, disable } = config;
  return {
    k8sVersion: k8sVersion === undefined ? undefined : checkK8sVersion(scalar(k8sVersion, file, 'k8sVersion'), `${file}: k8sVersion`),
    failOn: failOn === undefined ? undefined : checkSeverity(scalar(failOn, file, 'failOn'), `${file}: failOn`),
    disable: disable === undefined ? undefined : checkRuleIds(ruleLists(disable, file), `${file}: disable`),
  };
}

function scalar(value: unknown, file: string, key: string): string {
  if (typeof value !== 'string') throw new UsageError(`${file}: ${key} must be a single value.`);
  return value;
}

function ruleLists(value: unknown, file: string): readonly string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((id) => typeof id === 'string')) return value;
  throw new UsageError(`${file}: disable must be a list of rule ids.`);
}
