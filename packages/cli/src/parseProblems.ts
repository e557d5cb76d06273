/**
 * A file (or a document of it) that does not parse is a finding like any other, so code
 * scanning shows it where it is: rule `invalid-yaml`, an error, at the parser's line and
 * column. The documents that do parse are linted all the same.
 */
import type { RuleMeta } from '@podsmith/lint';
import { lineColumnOf, type ParsedManifest } from '@podsmith/manifest';
import type { Problem } from './report';

export const INVALID_YAML: RuleMeta = {
  id: 'invalid-yaml',
  category: 'schema',
  severity: 'error',
  docs: {
    summary: 'A document of the file is not YAML that kubectl can read (or the file is not text).',
    why: 'kubectl refuses a file it cannot parse, and none of its objects is applied; Podsmith cannot lint the broken document either (it lints the other documents of the file).',
    fix: 'Fix the YAML at the line and column given: indentation, an unclosed quote or bracket, a tab used for indentation, a duplicate key.',
    link: 'https://yaml.org/spec/1.2.2/',
  },
};

/** The parse errors of a manifest as problems, in text order. */
export function parseProblemsOf(parsed: ParsedManifest): Problem[] {
  return parsed.problems
    .filter((p) => p.severity === 'error')
    .map((p) => {
      const start = lineColumnOf(parsed.text, p.range.from);
      const end = lineColumnOf(parsed.text, Math.max(p.range.to, p.range.from));
      const documentIndex = Math.max(0, parsed.documents.findIndex((d) => p.range.from >= d.range.from && p.range.from <= d.range.to));
      return {
        ruleId: INVALID_YAML.id,
        severity: INVALID_YAML.severity,
        category: INVALID_YAML.category,
        message: p.message.split('\n')[0]?.trim() ?? p.message,
        documentIndex,
        path: '',
        yamlPath: [],
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        fixable: false,
        suggestions: [],
      };
    });
}
