/**
 * One text → one FileReport: parse it with @podsmith/manifest, lint it with
 * @podsmith/lint, and locate each finding as line and column. A text that does not parse
 * is a FileError. Pure: no I/O, so the benchmark times exactly this.
 */
import { lintManifest, type Finding, type IgnoredSuppression, type LintOptions, type LintResult } from '@podsmith/lint';
import { lineColumnOf, parseManifest, rangeOf, type ParsedManifest, type PodRef, type TextRange, type YamlPath } from '@podsmith/manifest';
import { fieldPath, type AppliedFix, type FileError, type FileReport, type IgnoredAnnotation, type Problem } from './report';

export { parseManifest } from '@podsmith/manifest';

export function lintText(file: string, text: string, options: LintOptions, fixed: readonly AppliedFix[] = []): FileReport | FileError {
  const parsed = parseManifest(text);
  const error = parseError(parsed);
  if (error) return { file, reason: error };
  const result = lintParsed(parsed, options);
  return {
    file,
    problems: result.findings.map((f) => problemOf(parsed, f)),
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

/** Why a text cannot be linted, with the position of the first error; undefined when it parses. */
export function parseError(parsed: ParsedManifest): string | undefined {
  if (parsed.ok) return undefined;
  const first = parsed.problems.find((p) => p.severity === 'error');
  if (!first) return 'it does not parse';
  const { line, column } = lineColumnOf(parsed.text, first.range.from);
  const message = first.message.split('\n')[0]?.trim() ?? '';
  return first.code === 'yaml' ? `invalid YAML at line ${line}, column ${column}: ${message}` : message;
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
