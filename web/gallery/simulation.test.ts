import { describe, expect, test } from 'vitest';
import { DEFAULT_K8S_VERSION } from '@podsmith/lint';
import { POD_PATTERNS } from '@podsmith/patterns/pods';
import { simulatePatternForm } from './simulation';

describe('the timeline of each pattern form', () => {
  test.each(POD_PATTERNS.map((p) => [p.id, p] as const))('%s: both forms simulate; the fixed one without problems', (_id, p) => {
    const broken = simulatePatternForm(p.broken.yaml, DEFAULT_K8S_VERSION);
    const fixed = simulatePatternForm(p.fixed.yaml, DEFAULT_K8S_VERSION);
    expect(broken?.title).toMatch(new RegExp(`^(Pod|Job) \\S+, Kubernetes ${DEFAULT_K8S_VERSION}$`));
    expect(fixed?.simulation.problems.map((problem) => `${problem.rule}: ${problem.text}`)).toEqual([]);
  });

  test('a Job whose helper is a regular container never completes; with a native sidecar it does', () => {
    const job = POD_PATTERNS.find((p) => p.id === 'job-with-sidecar')!;
    const rules = (yaml: string) => simulatePatternForm(yaml, DEFAULT_K8S_VERSION)!.simulation.problems.map((problem) => problem.rule);
    expect(rules(job.broken.yaml)).toContain('job-blocked-by-sidecar');
    expect(rules(job.fixed.yaml)).toEqual([]);
  });

  test('a text without a pod has no timeline', () => {
    expect(simulatePatternForm('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n', DEFAULT_K8S_VERSION)).toBeUndefined();
  });
});
