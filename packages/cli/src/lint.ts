/**
 * One text → one FileReport: parse it with @podsmith/manifest (no size limit: the CLI
 * reads each file once), lint it with @podsmith/lint, and locate each finding as line and
 * column. What does not parse is an `invalid-yaml` problem, and the documents that do
 * parse are linted all the same. Pure: no I/O, so the benchmark times exactly this.
 */
import { lintManifest, type Finding, type IgnoredSuppression, type LintOptions, type LintResult } from '@podsmith/lint';
import { lineColumnOf, parseManifest, rangeOf, type ParsedManifest, type ParseOptions, type PodRef, type TextRange, type YamlPath } from '@podsmith/manifest';
import { parseProblemsOf } from './parseProblems';
import { fieldPath, type AppliedFix, type FileError, type FileReport, type IgnoredAnnotation, type Problem } from './report';

export { parseManifest } from '@podsmith/manifest';

/** The CLI parses each file once, whatever its size (the editor's 1 MB limit is about typing), and never types into it. */
export const CLI_PARSE: ParseOptions = { maxBytes: Infinity, once: true };

/** parseManifest as the CLI calls it. */
export function parseFile(text: string): ParsedManifest {
  return parseManifest(text, CLI_PARSE);
}

export function lintText(file: string, text: string, options: LintOptions, fixed: readonly AppliedFix[] = []): FileReport {
  return reportOf(file, parseFile(text), options, fixed);
}

/** The report on a parsed file. */
export function reportOf(file: string, parsed: ParsedManifest, options: LintOptions, fixed: readonly AppliedFix[] = []): FileReport {
  const result = lintParsed(parsed, options);
  const problems = [...parseProblemsOf(parsed), ...result.findings.map((f) => problemOf(parsed, f))].sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    file,
    problems,
    suppressed: result.suppressed.map((f) => ({ ...problemOf(parsed, f), reason: f.reason })),
    ignored: result.ignoredSuppressions.map((s) => ignoredOf(parsed, s)),
    fixed,
  };
}

/** The engine alone, on a manifest parsed already (what the benchmark times). */
export function lintParsed(parsed: ParsedManifest, options: LintOptions): LintResult {
  return lintManifest(parsed, options);
}

export function isFileError(outcome: FileReport | FileError): outcome is FileError {
  return 'reason' in outcome;
}

function problemOf(parsed: ParsedManifest, finding: Finding): Problem {
  const range = trimmed(parsed.text, finding.range ?? parsed.documents[finding.documentIndex]?.range ?? { from: 0, to: 0 });
  const start = lineColumnOf(parsed.text, range.from);
  const end = lineColumnOf(parsed.text, range.to);
  const { kind, name } = finding.pod ? workloadOf(parsed, finding.pod) : ownerOf(parsed, finding.documentIndex, finding.path);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    category: finding.category,
    message: finding.message,
    documentIndex: finding.documentIndex,
    kind,
    name,
    container: finding.container,
    path: fieldPath(finding.path),
    yamlPath: finding.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fixable: finding.fixable,
    suggestions: finding.suggestions.map((s) => s.description),
  };
}

/** An ignored suppression, located at its key. */
function ignoredOf(parsed: ParsedManifest, ignored: IgnoredSuppression): IgnoredAnnotation {
  const { line, column } = lineColumnOf(parsed.text, rangeOf(parsed, ignored.pod.documentIndex, ignored.path)?.from ?? 0);
  return { annotation: ignored.annotation, problem: ignored.problem, ...workloadOf(parsed, ignored.pod), line, column };
}

/** A block node's range runs to the next line; a marker ends at its last character. */
function trimmed(text: string, range: TextRange): TextRange {
  let to = range.to;
  while (to > range.from && /\s/.test(text[to - 1] ?? '')) to--;
  return { from: range.from, to };
}

/** Kind and name of the workload that owns a pod: the document, or the List item. */
function workloadOf(parsed: ParsedManifest, pod: PodRef): { kind?: string; name?: string } {
  return ownerOf(parsed, pod.documentIndex, pod.specPath);
}

/** Kind and name of the object a path of a document is in: the document, or the List item. */
function ownerOf(parsed: ParsedManifest, documentIndex: number, path: YamlPath): { kind?: string; name?: string } {
  const doc = parsed.documents[documentIndex];
  const [first, index] = path;
  if (first === 'items' && typeof index === 'number' && isRecord(doc?.value) && Array.isArray(doc.value.items)) {
    const item: unknown = doc.value.items[index];
    if (isRecord(item)) {
      const metadata = isRecord(item.metadata) ? item.metadata : {};
      return { kind: stringOr(item.kind), name: stringOr(metadata.name) };
    }
  }
  return { kind: doc?.kind, name: doc?.name };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
