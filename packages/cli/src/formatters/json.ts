/**
 * `--format json`: one array of every problem of every file, in file order then text
 * order. `path` is the API server's field path from the document's root
 * (`spec.template.spec.containers[1]`); `yamlPath` is the same path as an array of keys
 * and indexes. Lines and columns are 1-based, the end exclusive. Fields that do not
 * apply are null, so every object has the same keys.
 */
import type { FileReport } from '../report';

export interface JsonProblem {
  readonly file: string;
  readonly documentIndex: number;
  readonly kind: string | null;
  readonly name: string | null;
  readonly container: string | null;
  readonly ruleId: string;
  readonly severity: string;
  readonly category: string;
  readonly message: string;
  readonly path: string;
  readonly yamlPath: readonly (string | number)[];
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fixable: boolean;
  /** What each suggestion would change; --fix applies none (they change what the program does). */
  readonly suggestions: readonly string[];
}

export function toJsonProblems(reports: readonly FileReport[]): JsonProblem[] {
  return reports.flatMap((report) =>
    report.problems.map((p) => ({
      file: report.file,
      documentIndex: p.documentIndex,
      kind: p.kind ?? null,
      name: p.name ?? null,
      container: p.container ?? null,
      ruleId: p.ruleId,
      severity: p.severity,
      category: p.category,
      message: p.message,
      path: p.path,
      yamlPath: p.yamlPath,
      line: p.line,
      column: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
      fixable: p.fixable,
      suggestions: p.suggestions,
    })),
  );
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(toJsonProblems(reports), null, 2)}\n`;
}
