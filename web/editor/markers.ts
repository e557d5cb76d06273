/**
 * Findings and parse problems as Monaco markers, and the one filter on monaco-yaml's
 * own markers. Pure: Monaco's severity numbers are passed in, so tests need no Monaco.
 */
import type { Finding, Severity } from '@podsmith/lint';
import type { editor } from 'monaco-editor';
import type { LineColumn } from '@podsmith/manifest';

/** The linter's markers; parse problems have their own owner (`podsmith-parse`, sync.ts). */
export const LINT_MARKER_OWNER = 'podsmith';

/** monaco-yaml's marker owner, and the source it gives YAML syntax errors (schema problems name the schema). */
export const YAML_OWNER = 'yaml';
const YAML_SYNTAX_SOURCE = 'YAML';

/** The parts of `monaco.MarkerSeverity` used here. */
export interface MarkerSeverities {
  readonly Error: number;
  readonly Warning: number;
  readonly Info: number;
}

export function markerSeverity(severity: Severity, severities: MarkerSeverities): number {
  return severity === 'error' ? severities.Error : severity === 'warning' ? severities.Warning : severities.Info;
}

/**
 * One marker per finding, at the finding's range, with the rule id as its code (Monaco
 * shows it in the hover). A finding without a range (no text to point at) has none.
 */
export function lintMarkers(findings: readonly Finding[], position: (offset: number) => LineColumn, severities: MarkerSeverities): editor.IMarkerData[] {
  return findings.flatMap((finding) => {
    if (!finding.range) return [];
    const start = position(finding.range.from);
    const end = position(finding.range.to);
    return [
      {
        severity: markerSeverity(finding.severity, severities),
        message: finding.message,
        source: 'Podsmith',
        code: finding.ruleId,
        startLineNumber: start.line,
        startColumn: start.column,
        endLineNumber: end.line,
        endColumn: end.column,
      },
    ];
  });
}

const MARKER_FIELDS = ['severity', 'message', 'source', 'code', 'startLineNumber', 'startColumn', 'endLineNumber', 'endColumn'] as const;

/**
 * Whether the editor already shows these markers (`current` from getModelMarkers). Most
 * keystrokes leave the findings where they were: setting them again would make Monaco
 * redraw every squiggle in that keystroke's frame.
 */
export function sameMarkers(current: readonly editor.IMarkerData[], next: readonly editor.IMarkerData[]): boolean {
  if (current.length !== next.length) return false;
  // Loops, not every() with closures: this runs on each keystroke over every finding.
  for (let i = 0; i < current.length; i++) {
    const a = current[i]!;
    const b = next[i]!;
    for (const field of MARKER_FIELDS) if (a[field] !== b[field]) return false;
  }
  return true;
}

/**
 * monaco-yaml reports YAML syntax errors that the parse markers already show (same
 * problem, same place): keep its schema problems, drop its syntax errors. It has no
 * option for that: `validate: false` would drop the schema checks too. Returns the
 * markers to keep, or undefined when there is nothing to drop.
 */
export function withoutYamlSyntaxErrors<M extends editor.IMarkerData>(markers: readonly M[], errorSeverity: number): M[] | undefined {
  const isSyntaxError = (m: M) => m.source === YAML_SYNTAX_SOURCE && m.severity === errorSeverity;
  return markers.some(isSyntaxError) ? markers.filter((m) => !isSyntaxError(m)) : undefined;
}
