import { describe, expect, it } from 'vitest';
import { lineColumnOf } from '@podsmith/manifest';
import type { Finding } from '@podsmith/lint';
import { lintMarkers, markerSeverity, sameMarkers, withoutYamlSyntaxErrors } from './markers';

/** monaco.MarkerSeverity's values. */
const SEVERITY = { Hint: 1, Info: 2, Warning: 4, Error: 8 };
const TEXT = 'kind: Pod\nspec:\n  containers:\n  - name: app\n';

function finding(over: Partial<Finding>): Finding {
  return { id: 'f', ruleId: 'port-collision', severity: 'error', category: 'network', message: 'both declare 80/TCP', path: [], documentIndex: 0, pod: { documentIndex: 0, specPath: ['spec'] }, fixable: false, suggestions: [], ...over };
}

describe('lint markers', () => {
  it('map severities one for one', () => {
    expect(markerSeverity('error', SEVERITY)).toBe(8);
    expect(markerSeverity('warning', SEVERITY)).toBe(4);
    expect(markerSeverity('info', SEVERITY)).toBe(2);
  });

  it('sit at the finding range, with the rule id as the code', () => {
    const from = TEXT.indexOf('- name: app');
    const markers = lintMarkers([finding({ range: { from, to: TEXT.length - 1 }, severity: 'warning' })], (offset) => lineColumnOf(TEXT, offset), SEVERITY);
    expect(markers).toEqual([
      { severity: 4, message: 'both declare 80/TCP', source: 'Podsmith', code: 'port-collision', startLineNumber: 4, startColumn: 3, endLineNumber: 4, endColumn: 14 },
    ]);
  });

  it('a finding without a range has no marker', () => {
    expect(lintMarkers([finding({})], (offset) => lineColumnOf(TEXT, offset), SEVERITY)).toEqual([]);
  });
});

describe("monaco-yaml's markers", () => {
  const at = { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2 };
  const syntax = { ...at, severity: 8, source: 'YAML', message: 'Nested mappings are not allowed in compact mappings' };
  const schema = { ...at, severity: 4, source: 'yaml-schema: https://podsmith.local/schemas/kubernetes-workloads.json', message: 'Property imagePulPolicy is not allowed.' };
  const anchor = { ...at, severity: 4, source: 'YAML', message: 'Unused anchor "a"' };

  it('lose the syntax errors the parse markers already show, and keep schema problems and warnings', () => {
    expect(withoutYamlSyntaxErrors([syntax, schema, anchor], SEVERITY.Error)).toEqual([schema, anchor]);
  });

  it('are left alone when there is nothing to drop (so a marker change does not loop)', () => {
    expect(withoutYamlSyntaxErrors([schema, anchor], SEVERITY.Error)).toBeUndefined();
  });
});

describe('sameMarkers', () => {
  const marker = { severity: 4, message: 'm', source: 'Podsmith', code: 'port-collision', startLineNumber: 3, startColumn: 5, endLineNumber: 3, endColumn: 9 };
  it('is true for the markers already shown, extra fields of the shown ones aside', () => {
    expect(sameMarkers([{ ...marker, owner: 'podsmith' } as typeof marker], [marker])).toBe(true);
    expect(sameMarkers([], [])).toBe(true);
  });
  it('is false when a marker moved, changed or is missing', () => {
    expect(sameMarkers([marker], [{ ...marker, startColumn: 6 }])).toBe(false);
    expect(sameMarkers([marker], [{ ...marker, message: 'other' }])).toBe(false);
    expect(sameMarkers([marker], [])).toBe(false);
    expect(sameMarkers([], [marker])).toBe(false);
  });
});
