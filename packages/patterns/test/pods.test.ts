import { describe, expect, test } from 'vitest';
import { parseManifest, projectPod } from '@podsmith/manifest';
import { DEFAULT_K8S_VERSION, lintManifest, ruleById } from '@podsmith/lint';
import { POD_PATTERNS, podPatternById, type PatternForm } from '../src/pods';

const forms = POD_PATTERNS.flatMap((p) => [
  [`${p.id} broken`, p.broken] as const,
  [`${p.id} fixed`, p.fixed] as const,
]);

function podOf(form: PatternForm) {
  const parsed = parseManifest(form.yaml);
  const ref = parsed.pods[0];
  return { parsed, pod: ref && projectPod(parsed, ref) };
}

const findingsOf = (form: PatternForm) => lintManifest(parseManifest(form.yaml), { k8sVersion: DEFAULT_K8S_VERSION }).findings;

describe('the pod pattern catalogue', () => {
  test('holds the patterns the gallery promises, each under a stable id', () => {
    expect(POD_PATTERNS.map((p) => p.id)).toEqual([
      'log-collector',
      'service-mesh-proxy',
      'secret-injection',
      'git-sync',
      'wait-for-database',
      'job-with-sidecar',
      'adapter',
      'ambassador',
    ]);
    expect(new Set(POD_PATTERNS.map((p) => p.title)).size).toBe(POD_PATTERNS.length);
  });

  test.each(POD_PATTERNS.map((p) => [p.id, p] as const))('%s is explained in plain words', (_id, p) => {
    expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(p.title.trim()).not.toBe('');
    // One paragraph: no line breaks, whole sentences.
    expect(p.explanation).toMatch(/^\S[^\n]*\.$/);
    expect(p.tags.length).toBeGreaterThan(2);
    for (const form of [p.broken, p.fixed]) expect(form.summary).toMatch(/^\S[^\n]*\.$/);
  });

  test('looks patterns up by id, and nothing else', () => {
    expect(podPatternById('git-sync')?.title).toBe('git-sync');
    for (const id of ['', 'nope', '__proto__', 'constructor', 'toString']) expect(podPatternById(id)).toBeUndefined();
  });
});

describe.each(forms)('%s', (_name, form) => {
  test('parses and projects one pod', () => {
    const { parsed, pod } = podOf(form);
    expect(parsed.problems).toEqual([]);
    expect(parsed.pods).toHaveLength(1);
    expect(pod).toBeDefined();
    expect(pod!.containers.length).toBeGreaterThan(1);
  });

  test('teaches in comments', () => {
    expect(form.yaml).toMatch(/^# /);
    expect(form.yaml.split('\n').filter((line) => line.includes('#')).length).toBeGreaterThan(2);
  });

  test('pins every image to a release', () => {
    const { pod } = podOf(form);
    for (const c of pod!.containers) expect(c.image).toMatch(/:[\w][\w.-]*$/);
    for (const c of pod!.containers) expect(c.image).not.toMatch(/:latest$/);
  });
});

describe.each(POD_PATTERNS.map((p) => [p.id, p] as const))('%s: the linter agrees', (_id, p) => {
  test('both forms are the same workload', () => {
    const broken = podOf(p.broken).pod!;
    const fixed = podOf(p.fixed).pod!;
    expect(fixed.workload.kind).toBe(broken.workload.kind);
    expect(fixed.workload.name).toBe(broken.workload.name);
  });

  test(`the broken form raises the finding it is about`, () => {
    expect(ruleById(p.broken.rule)).toBeDefined();
    expect(findingsOf(p.broken).map((f) => f.ruleId)).toContain(p.broken.rule);
  });

  test(`the fixed form is lint-clean at Kubernetes ${DEFAULT_K8S_VERSION}: no error, warning or info`, () => {
    expect(findingsOf(p.fixed).map((f) => `${f.severity} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
