import { hasQuickFix, offersText, RULES, versionRangeText } from '@podsmith/lint';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/formatters/json';
import { formatRules } from '../src/formatters/rules';
import { formatSarif, SARIF_SCHEMA, toSarif } from '../src/formatters/sarif';
import { formatText } from '../src/formatters/text';
import type { FileReport, Problem } from '../src/report';
import { sarifProblems } from './sarifSchema';

const ESC = String.fromCharCode(27);
const [ruleA, ruleB] = RULES;
if (!ruleA || !ruleB) throw new Error('the catalogue has fewer than two rules');

const problem: Problem = {
  ruleId: ruleA.id,
  severity: 'error',
  category: ruleA.category,
  message: 'the message',
  documentIndex: 1,
  kind: 'Deployment',
  name: 'web',
  container: 'app',
  path: 'spec.template.spec.containers[0]',
  yamlPath: ['spec', 'template', 'spec', 'containers', 0],
  line: 12,
  column: 9,
  endLine: 14,
  endColumn: 20,
  fixable: true,
  suggestions: [],
};

const reports: FileReport[] = [
  {
    file: 'deploy/web.yaml',
    problems: [problem, { ...problem, ruleId: ruleB.id, severity: 'warning', message: 'second\nline', line: 120, column: 3, endLine: 120, endColumn: 30, container: undefined, fixable: false }],
    suppressed: [],
    ignored: [],
    fixed: [],
  },
  { file: 'deploy/clean.yaml', problems: [], suppressed: [], ignored: [], fixed: [] },
  { file: 'jobs/my job.yaml', problems: [{ ...problem, severity: 'info', kind: undefined, name: undefined, fixable: false }], suppressed: [{ ...problem, reason: 'we know' }], ignored: [], fixed: [] },
];

describe('text', () => {
  it('prints stylish output: files, aligned problems, a summary', () => {
    expect(formatText(reports, { color: false, fix: false })).toBe(
      [
        'deploy/web.yaml',
        `  12:9   error    the message  ${ruleA.id}`,
        `  120:3  warning  second line  ${ruleB.id}`,
        '',
        'jobs/my job.yaml',
        `  12:9  info  the message  ${ruleA.id}`,
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '  1 of them can be fixed with the --fix option.',
        '1 finding suppressed by podsmith.dev/ignore-* annotations.',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there is nothing to say', () => {
    expect(formatText([{ file: 'a.yaml', problems: [], suppressed: [], ignored: [], fixed: [] }], { color: false, fix: false })).toBe('');
  });

  it('colours on request, and never instead of the severity word', () => {
    const plain = formatText(reports, { color: false, fix: false });
    const coloured = formatText(reports, { color: true, fix: false });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured.replace(new RegExp(`${ESC}\\[\\d+m`, 'g'), '')).toBe(plain);
  });

  it('lists the suppressions that suppress nothing, where they are and why', () => {
    const ignoring: FileReport[] = [
      {
        file: 'a.yaml',
        problems: [],
        suppressed: [],
        ignored: [
          { annotation: 'podsmith.dev/ignore-x', problem: 'unknown-rule', kind: 'Deployment', name: 'web', line: 7, column: 7 },
          { annotation: `podsmith.dev/ignore-${ruleA.id}`, problem: 'missing-reason', line: 8, column: 7 },
        ],
        fixed: [],
      },
    ];
    expect(formatText(ignoring, { color: false, fix: false })).toBe(
      [
        '2 suppressions not applied:',
        '  a.yaml:7:7  podsmith.dev/ignore-x on Deployment web: no Podsmith rule has that id (podsmith rules lists them)',
        `  a.yaml:8:7  podsmith.dev/ignore-${ruleA.id}: no reason given (the value must say why the finding does not apply)`,
        '',
      ].join('\n'),
    );
  });

  it('lists what --fix fixed, and does not advertise --fix after it ran', () => {
    const fixed: FileReport[] = [{ file: 'a.yaml', problems: [problem], suppressed: [], ignored: [], fixed: [{ ruleId: ruleB.id, message: 'm' }, { ruleId: ruleB.id, message: 'n' }] }];
    const text = formatText(fixed, { color: false, fix: true });
    expect(text).not.toMatch(/can be fixed/);
    expect(text).toMatch(`✔ Fixed 2 problems in 1 file:\n  a.yaml  ${ruleB.id}\n`);
  });
});

describe('json', () => {
  it('is one array of problems with the documented fields', () => {
    const parsed = JSON.parse(formatJson(reports)) as Record<string, unknown>[];
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toEqual({
      file: 'deploy/web.yaml',
      documentIndex: 1,
      kind: 'Deployment',
      name: 'web',
      container: 'app',
      ruleId: ruleA.id,
      severity: 'error',
      category: ruleA.category,
      message: 'the message',
      path: 'spec.template.spec.containers[0]',
      yamlPath: ['spec', 'template', 'spec', 'containers', 0],
      line: 12,
      column: 9,
      endLine: 14,
      endColumn: 20,
      fixable: true,
      suggestions: [],
    });
    expect(parsed[1]?.container).toBeNull();
    expect(parsed[2]).toMatchObject({ file: 'jobs/my job.yaml', kind: null, name: null, severity: 'info' });
  });

  it('is an empty array when there is nothing', () => {
    expect(formatJson([])).toBe('[]\n');
  });
});

describe('sarif', () => {
  const log = toSarif(reports, { cwd: '/repo', errors: [{ file: 'broken.yaml', reason: 'invalid YAML at line 1, column 1: x' }] });
  const run = log.runs[0];
  if (!run) throw new Error('no run');

  it('is valid against the essentials of the SARIF 2.1.0 schema', () => {
    expect(sarifProblems(JSON.parse(formatSarif(reports, { cwd: '/repo' })))).toEqual([]);
    expect(sarifProblems(JSON.parse(JSON.stringify(log)))).toEqual([]);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
  });

  it('describes every rule of the catalogue', () => {
    expect(run.tool.driver.name).toBe('podsmith');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['invalid-yaml', ...RULES.map((r) => r.id)]);
    expect(run.tool.driver.rules[ruleIndexOf(ruleA.id)]).toMatchObject({
      id: ruleA.id,
      shortDescription: { text: ruleA.docs.summary },
      fullDescription: { text: ruleA.docs.why },
      help: { text: ruleA.docs.fix },
      helpUri: ruleA.docs.link,
      defaultConfiguration: { level: { error: 'error', warning: 'warning', info: 'note' }[ruleA.severity] },
    });
  });

  it('has a result per problem, located relative to the current directory', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      [ruleA.id, 'error'],
      [ruleB.id, 'warning'],
      [ruleA.id, 'note'],
      [ruleA.id, 'error'],
    ]);
    expect(run.results[0]).toMatchObject({
      ruleIndex: ruleIndexOf(ruleA.id),
      message: { text: 'the message' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'deploy/web.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 9, endLine: 14, endColumn: 20 } } }],
    });
    expect(run.results[2]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('jobs/my%20job.yaml');
  });

  it('marks suppressed findings, and reports files it could not lint', () => {
    expect(run.results[3]).toMatchObject({ suppressions: [{ kind: 'inSource', justification: 'we know' }] });
    expect(run.results.slice(0, 3).every((r) => !('suppressions' in r))).toBe(true);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [{ level: 'error', message: { text: 'broken.yaml: invalid YAML at line 1, column 1: x' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.yaml', uriBaseId: '%SRCROOT%' } } }] }],
      },
    ]);
  });

  it('tells of suppression annotations that suppress nothing as warnings at their place, and the run still succeeds', () => {
    const ignoring = { ...reports[0], ignored: [{ annotation: 'podsmith.dev/ignore-x', problem: 'unknown-rule', kind: 'Deployment', name: 'web', line: 7, column: 7 }] } as FileReport;
    const sarif = toSarif([ignoring], { cwd: '/repo' });
    expect(sarif.runs[0]?.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: { text: 'podsmith.dev/ignore-x on Deployment web: no Podsmith rule has that id (podsmith rules lists them)' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'deploy/web.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 7 } } }],
          },
        ],
      },
    ]);
    expect(sarifProblems(sarif)).toEqual([]);
  });

  it('uses a file: URI for a file outside the current directory', () => {
    const outside = toSarif([{ ...reports[0], file: '../elsewhere/a.yaml' } as FileReport], { cwd: '/repo/sub' });
    expect(outside.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'file:///repo/elsewhere/a.yaml' });
  });

  it('the checker itself catches what the schema forbids', () => {
    const broken = JSON.parse(JSON.stringify(log));
    delete broken.version;
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].results[1].message = {};
    broken.runs[0].tool.driver.rules[1].shortDescription = 'not an object';
    broken.runs[0].results[2].extra = true;
    expect(sarifProblems(broken)).toEqual([
      '$: missing required property "version"',
      '$.version: must be one of 2.1.0',
      '$.runs[0].tool.driver.rules[1].shortDescription: must be an object',
      '$.runs[0].results[0].level: must be one of none, note, warning, error',
      '$.runs[0].results[0].locations[0].physicalLocation.region.startLine: must be an integer ≥ 1',
      '$.runs[0].results[1].message: needs text or id',
      '$.runs[0].results[2]: unknown property "extra"',
    ]);
  });
});

describe('podsmith rules', () => {
  it('prints every rule with category, severity, versions, why, fix and source, invalid-yaml first', () => {
    const blocks = formatRules('text').split('\n\n');
    expect(blocks[0]).toMatch(/^invalid-yaml {2}schema · error · all versions\n/);
    for (const rule of RULES) {
      const block = blocks.find((b) => b.startsWith(`${rule.id} `));
      expect(block, rule.id).toBe(
        [
          `${rule.id}  ${rule.category} · ${rule.severity} · ${versionRangeText(rule)}${offersText(rule) ? ` · ${offersText(rule)}` : ''}`,
          `  ${rule.docs.summary}`,
          `  Why: ${rule.docs.why}`,
          `  Fix: ${rule.docs.fix}`,
          `  Source: ${rule.docs.link}`,
        ].join('\n'),
      );
    }
    expect(blocks.at(-1)).toBe(`${RULES.length + 1} rules.\n`);
    expect(blocks.find((b) => b.startsWith('port-collision '))).toMatch(/^port-collision {2}network · error · all versions · suggestions\n/);
    expect(blocks.find((b) => b.startsWith('log-shipper-not-native '))).toMatch(/ · quick fix\n/);
  });

  it('prints JSON for --format json', () => {
    const list = JSON.parse(formatRules('json')) as { id: string; summary: string; why: string; fix: string; source: string; quickFix: boolean }[];
    expect(list.map((r) => r.id)).toEqual(['invalid-yaml', ...RULES.map((r) => r.id)]);
    expect(list.find((r) => r.id === ruleA.id)).toMatchObject({ summary: ruleA.docs.summary, why: ruleA.docs.why, fix: ruleA.docs.fix, source: ruleA.docs.link, quickFix: hasQuickFix(ruleA) });
  });
});

function ruleIndexOf(id: string): number {
  return ['invalid-yaml', ...RULES.map((r) => r.id)].indexOf(id);
}
