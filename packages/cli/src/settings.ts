/**
 * What a lint run is configured with, where each value may come from (the config file or
 * a flag), and the checks every value passes, whichever its source. A bad value is a
 * UsageError: the CLI prints it and exits 2.
 */
import { DEFAULT_K8S_VERSION, parseK8sVersion, RULES, type K8sVersion, type LintOptions, type Severity } from '@podsmith/lint';

export interface Settings {
  readonly k8sVersion: K8sVersion;
  /** The lowest severity that makes the run fail (exit 1). */
  readonly failOn: Severity;
  /** Rule ids not to run. */
  readonly disable: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = { k8sVersion: DEFAULT_K8S_VERSION, failOn: 'error', disable: [] };

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A mistake in how the CLI was called or configured: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The config file's values, then the flags': a value given on the command line replaces the file's. */
export function resolveSettings(config: Partial<Settings>, flags: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...defined(config), ...defined(flags) };
}

function defined(settings: Partial<Settings>): Partial<Settings> {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}

export function lintOptionsOf(settings: Settings): LintOptions {
  return { k8sVersion: settings.k8sVersion, disabled: settings.disable };
}

/** True when a finding of `severity` fails a run configured with `failOn`. */
export function reaches(severity: Severity, failOn: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}

/* ---- checks; `source` names where the value came from: `--k8s-version`, `.podsmith.yaml: k8sVersion` ---- */

export function checkK8sVersion(value: string, source: string): K8sVersion {
  try {
    return parseK8sVersion(value);
  } catch (error) {
    throw new UsageError(`${source}: ${(error as Error).message}`);
  }
}

export function checkSeverity(value: string, source: string): Severity {
  const found = SEVERITIES.find((s) => s === value);
  if (!found) throw new UsageError(`${source}: "${value}" is not a severity; use one of ${SEVERITIES.join(', ')}.`);
  return found;
}

const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

/** Rule ids from `a,b` lists (or several of them); every id must be in the catalogue. */
export function checkRuleIds(lists: readonly string[], source: string): readonly string[] {
  const ids = [...new Set(lists.flatMap((list) => list.split(',')).map((id) => id.trim()).filter((id) => id !== ''))];
  const unknown = ids.filter((id) => !RULE_IDS.has(id));
  if (unknown.length > 0) {
    const list = unknown.map((id) => `"${id}"`).join(', ');
    throw new UsageError(`${source}: unknown rule ${unknown.length === 1 ? 'id' : 'ids'} ${list} (podsmith rules prints the rule ids).`);
  }
  return ids;
}
