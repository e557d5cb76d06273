/**
 * What the CLI reports about one file: the findings located in its text (line and column),
 * with the workload they are about. The formatters take these and nothing else.
 */
import type { Category, Severity } from '@podsmith/lint';
import type { YamlPath } from '@podsmith/manifest';

export interface Problem {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly category: Category;
  readonly message: string;
  /** The document of the file (0-based) the finding points into. */
  readonly documentIndex: number;
  /** The workload the finding is about (in a List, the item's kind and name). */
  readonly kind?: string;
  readonly name?: string;
  readonly container?: string;
  /** The path from the document's root, as the API server prints field paths: `spec.template.spec.containers[1]`. */
  readonly path: string;
  /** The same path as YAML keys and indexes. */
  readonly yamlPath: YamlPath;
  /** 1-based; the end is exclusive (the column after the last character). */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** --fix can apply a quick fix. */
  readonly fixable: boolean;
  /** Suggestions the user may apply (in the app), never --fix: what each would change. */
  readonly suggestions: readonly string[];
}

/** A finding a `podsmith.dev/ignore-<rule-id>` annotation switched off. */
export interface SuppressedProblem extends Problem {
  readonly reason: string;
}

/** A `podsmith.dev/ignore-*` annotation that suppresses nothing, and why; where it is written. */
export interface IgnoredAnnotation {
  readonly annotation: string;
  readonly problem: 'missing-reason' | 'unknown-rule';
  /** The workload whose (or whose pod template's) metadata holds it. */
  readonly kind?: string;
  readonly name?: string;
  /** 1-based, of the annotation's key. */
  readonly line: number;
  readonly column: number;
}

const IGNORED_WHY: Readonly<Record<IgnoredAnnotation['problem'], string>> = {
  'missing-reason': 'no reason given (the value must say why the finding does not apply)',
  'unknown-rule': 'no Podsmith rule has that id (podsmith rules lists them)',
};

/** `podsmith.dev/ignore-x on Deployment web: no Podsmith rule has that id (…)`. */
export function ignoredMessage(ignored: IgnoredAnnotation): string {
  const owner = [ignored.kind, ignored.name].filter(Boolean).join(' ');
  return `${ignored.annotation}${owner ? ` on ${owner}` : ''}: ${IGNORED_WHY[ignored.problem]}`;
}

/** A quick fix --fix applied. */
export interface AppliedFix {
  readonly ruleId: string;
  readonly message: string;
}

export interface FileReport {
  /** The path as given on the command line (or found under a directory), or the stdin name. */
  readonly file: string;
  /** Sorted by position. */
  readonly problems: readonly Problem[];
  readonly suppressed: readonly SuppressedProblem[];
  /** Suppression annotations that suppress nothing (no reason given, or no such rule). */
  readonly ignored: readonly IgnoredAnnotation[];
  /** The fixes --fix applied to this file, in order. */
  readonly fixed: readonly AppliedFix[];
}

/** A file that could not be linted, and why (exit code 2). */
export interface FileError {
  readonly file: string;
  readonly reason: string;
}

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly total: number;
}

export function countProblems(reports: readonly FileReport[]): Counts {
  const counts = { error: 0, warning: 0, info: 0, total: 0 };
  for (const report of reports) {
    for (const problem of report.problems) {
      counts[problem.severity]++;
      counts.total++;
    }
  }
  return counts;
}

/** `['spec', 'containers', 0, 'ports', 1]` → `spec.containers[0].ports[1]`. */
export function fieldPath(path: YamlPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}
