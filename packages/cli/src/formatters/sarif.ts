/**
 * `--format sarif`: SARIF 2.1.0, for code scanning (GitHub, GitLab, Azure DevOps).
 * - tool.driver.rules: the whole rule catalogue and invalid-yaml (summary, why, fix, source link, severity).
 * - results: one per problem, with its rule, level and region; findings switched off by a
 *   `podsmith.dev/ignore-*` annotation are results with an inSource suppression. A
 *   finding's suggestions are listed in its properties (what each would change).
 * - artifactLocation.uri is relative to the current directory (uriBaseId %SRCROOT%).
 * - Columns count UTF-16 code units (run.columnKind), the end column is exclusive.
 * - Files that could not be linted are toolExecutionNotifications of the invocation.
 */
import { pathToFileURL } from 'node:url';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { hasQuickFix, hasSuggestions, versionRangeText, type Severity } from '@podsmith/lint';
import packageJson from '../../package.json';
import { ignoredMessage, type FileError, type FileReport, type Problem, type SuppressedProblem } from '../report';
import { CLI_RULES } from './rules';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  /** The directory artifact URIs are relative to. */
  readonly cwd: string;
  readonly errors?: readonly FileError[];
}

type Level = 'error' | 'warning' | 'note';
const LEVEL: Readonly<Record<Severity, Level>> = { error: 'error', warning: 'warning', info: 'note' };

const RULE_INDEX: ReadonlyMap<string, number> = new Map(CLI_RULES.map((rule, i) => [rule.id, i]));

export function toSarif(reports: readonly FileReport[], options: SarifOptions) {
  const uriOf = (file: string) => artifactUri(file, options.cwd);
  const errors = options.errors ?? [];
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'podsmith',
            version: packageJson.version,
            semanticVersion: packageJson.version,
            rules: CLI_RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.docs.summary },
              fullDescription: { text: rule.docs.why },
              help: { text: rule.docs.fix, markdown: `${rule.docs.fix}\n\nSource: <${rule.docs.link}>` },
              helpUri: rule.docs.link,
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { category: rule.category, tags: [rule.category], kubernetesVersions: versionRangeText(rule), quickFix: hasQuickFix(rule), suggestions: hasSuggestions(rule) },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: [
              ...errors.map((e) => ({
                level: 'error',
                message: { text: `${e.file}: ${e.reason}` },
                locations: [{ physicalLocation: { artifactLocation: uriOf(e.file) } }],
              })),
              // Suppression annotations that suppress nothing: the run succeeded, but a setting of the user's did not apply.
              ...reports.flatMap((report) =>
                report.ignored.map((a) => ({
                  level: 'warning',
                  message: { text: ignoredMessage(a) },
                  locations: [{ physicalLocation: { artifactLocation: uriOf(report.file), region: { startLine: a.line, startColumn: a.column } } }],
                })),
              ),
            ],
          },
        ],
        results: reports.flatMap((report) => [
          ...report.problems.map((p) => result(p, uriOf(report.file))),
          ...report.suppressed.map((p) => suppressedResult(p, uriOf(report.file))),
        ]),
      },
    ],
  };
}

export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
  return `${JSON.stringify(toSarif(reports, options), null, 2)}\n`;
}

type ArtifactLocation = { uri: string; uriBaseId?: string };

function result(p: Problem, artifactLocation: ArtifactLocation) {
  return {
    ruleId: p.ruleId,
    ...(RULE_INDEX.has(p.ruleId) ? { ruleIndex: RULE_INDEX.get(p.ruleId) } : {}),
    level: LEVEL[p.severity],
    message: { text: p.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
        },
      },
    ],
    properties: {
      documentIndex: p.documentIndex,
      path: p.path,
      ...(p.kind === undefined ? {} : { kind: p.kind }),
      ...(p.name === undefined ? {} : { name: p.name }),
      ...(p.container === undefined ? {} : { container: p.container }),
      // Suggestions change what the program does: listed for the reader, not as SARIF fixes a tool might apply.
      ...(p.suggestions.length === 0 ? {} : { suggestions: p.suggestions }),
    },
  };
}

function suppressedResult(p: SuppressedProblem, artifactLocation: ArtifactLocation) {
  return { ...result(p, artifactLocation), suppressions: [{ kind: 'inSource', justification: p.reason }] };
}

/** A path relative to cwd as a URI reference under %SRCROOT%, or a file: URI when it is outside. */
function artifactUri(file: string, cwd: string): ArtifactLocation {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
