import { describe, expect, it } from 'vitest';
import { parseManifest } from '@podsmith/manifest';
import type { Finding, Severity } from '@podsmith/lint';
import { countsText, currentFinding, findingSubject, fixLabel, groupBySeverity, sameShownFinding, severityCounts, workloadOf } from './model';
import { countText, summarize, summaryText } from './severity';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: app\n    image: nginx\n';
const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: api\n        image: api\n';

function finding(id: string, severity: Severity, over: Partial<Finding> = {}): Finding {
  return { id, ruleId: `rule-${id}`, severity, category: 'lifecycle', message: id, path: [], documentIndex: 0, pod: { documentIndex: 0, specPath: ['spec'] }, fixable: false, suggestions: [], ...over };
}

const LIST = [finding('a', 'info'), finding('b', 'error'), finding('c', 'warning'), finding('d', 'error')];

describe('grouping', () => {
  it('groups by severity, worst first, in text order within a group, leaving out empty groups', () => {
    expect(groupBySeverity(LIST).map((g) => [g.severity, g.findings.map((f) => f.id)])).toEqual([
      ['error', ['b', 'd']],
      ['warning', ['c']],
      ['info', ['a']],
    ]);
    expect(groupBySeverity([finding('x', 'warning')]).map((g) => g.severity)).toEqual(['warning']);
    expect(groupBySeverity([])).toEqual([]);
  });

  it('counts every severity, in words', () => {
    expect(severityCounts(LIST.slice(1, 3)).map(({ severity, count }) => countText(severity, count))).toEqual(['1 error', '1 warning', '0 info']);
    expect(countText('warning', 2)).toBe('2 warnings');
  });

  it('says the severities there are in one line', () => {
    expect(countsText(LIST)).toBe('2 errors, 1 warning, 1 info');
    expect(countsText([finding('x', 'warning')])).toBe('1 warning');
    expect(countsText([])).toBe('');
  });
});

describe('summaries for badges', () => {
  it('the worst severity and the count', () => {
    expect(summarize(LIST)).toEqual({ severity: 'error', count: 4 });
    expect(summarize([finding('x', 'info')])).toEqual({ severity: 'info', count: 1 });
    expect(summarize([])).toBeUndefined();
    expect(summaryText({ severity: 'warning', count: 1 })).toBe('1 finding, worst: warning');
  });
});

describe('labels', () => {
  it('names the workload only when the file holds several', () => {
    expect(workloadOf(parseManifest(POD), finding('x', 'info'))).toBeUndefined();
    const two = parseManifest(`${POD}---\n${DEPLOYMENT}`);
    expect(workloadOf(two, finding('x', 'info', { pod: two.pods[1]! }))).toBe('Deployment api');
  });

  it('a Fix button starts with its visible word and says what it fixes', () => {
    expect(fixLabel(finding('x', 'warning', { ruleId: 'log-shipper-not-native', container: 'fluent-bit' }))).toBe('Fix log-shipper-not-native in fluent-bit');
    expect(fixLabel(finding('x', 'warning', { ruleId: 'zero-grace-period' }))).toBe('Fix zero-grace-period');
  });

  it('a finding’s subject is its rule and its container', () => {
    expect(findingSubject(finding('x', 'warning', { ruleId: 'log-shipper-not-native', container: 'fluent-bit' }))).toBe('log-shipper-not-native in fluent-bit');
    expect(findingSubject(finding('x', 'warning', { ruleId: 'zero-grace-period' }))).toBe('zero-grace-period');
  });
});

describe('an item kept across lints', () => {
  const before = finding('a', 'warning', { range: { from: 10, to: 20 }, suggestions: [{ description: 'Move the port', edits: [] }] });

  it('reads the same when only the range moved', () => {
    expect(sameShownFinding(before, { ...before, range: { from: 12, to: 22 } })).toBe(true);
  });

  it('reads differently when what it shows changed', () => {
    expect(sameShownFinding(before, { ...before, message: 'other' })).toBe(false);
    expect(sameShownFinding(before, { ...before, fixable: true })).toBe(false);
    expect(sameShownFinding(before, { ...before, severity: 'error' })).toBe(false);
    expect(sameShownFinding(before, { ...before, container: 'app' })).toBe(false);
    expect(sameShownFinding(before, { ...before, suggestions: [{ description: 'Move the other port', edits: [] }] })).toBe(false);
    expect(sameShownFinding(before, { ...before, suggestions: [] })).toBe(false);
    expect(sameShownFinding(before, { ...before, id: 'b' })).toBe(false);
  });

  it('acts on the current lint’s finding of the same id', () => {
    const moved = { ...before, range: { from: 12, to: 22 } };
    expect(currentFinding([finding('b', 'info'), moved], 'a')).toBe(moved);
    expect(currentFinding([finding('b', 'info')], 'a')).toBeUndefined();
    expect(currentFinding(undefined, 'a')).toBeUndefined();
  });
});
