import { parseManifest } from '@podsmith/manifest';
import { describe, expect, it } from 'vitest';
import { appliesTo, DEFAULT_K8S_VERSION, docsFor, fixesFor, lintManifest, lintPod, quickFix, RULES, ruleById, SUPPORTED_K8S_VERSIONS, type Rule } from '../src';
import { yaml } from './ruleTester';

/*
 * The manifests are hardened (resources, a restricted securityContext, a TTL), so the
 * best-practice and security rules stay quiet and each test sees only the findings it is about.
 */
const hardened = 'securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}, resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 128Mi}}';
const podHardened = 'securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}';

const legacyJob = yaml`
  apiVersion: batch/v1
  kind: Job
  metadata:
    name: migrate
    annotations: ANNOTATIONS
  spec:
    ttlSecondsAfterFinished: 600
    template:
      metadata: {annotations: TEMPLATE_ANNOTATIONS}
      spec:
        restartPolicy: Never
        ${podHardened}
        containers:
        - {name: migrate, image: registry.example.com/migrate:1, ${hardened}}
        - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar], ${hardened}}
`;
const jobText = (annotations = '{}', templateAnnotations = '{}') => legacyJob.replace('TEMPLATE_ANNOTATIONS', templateAnnotations).replace('ANNOTATIONS', annotations);
const job = (annotations = '{}', templateAnnotations = '{}') => parseManifest(jobText(annotations, templateAnnotations));

describe('versions', () => {
  it('covers every minor from 1.27 to the default, the newest', () => {
    expect(SUPPORTED_K8S_VERSIONS[0]).toBe('1.27');
    expect(SUPPORTED_K8S_VERSIONS[SUPPORTED_K8S_VERSIONS.length - 1]).toBe(DEFAULT_K8S_VERSION);
    expect(SUPPORTED_K8S_VERSIONS.map((v) => Number(v.slice(2)))).toEqual([27, 28, 29, 30, 31, 32, 33, 34, 35, 36]);
  });

  it('refuses a version outside the catalogue, and accepts a leading v', () => {
    expect(() => lintManifest(job(), { k8sVersion: '1.26' })).toThrow(/Unsupported Kubernetes version "1.26": Podsmith targets 1.27 to 1.36/);
    expect(lintManifest(job(), { k8sVersion: 'v1.30' }).k8sVersion).toBe('1.30');
    expect(lintManifest(job()).k8sVersion).toBe(DEFAULT_K8S_VERSION);
  });

  it('runs a rule only inside its version range: since inclusive, until exclusive', () => {
    const rule = { k8s: { since: '1.29', until: '1.32' } } as Rule;
    expect(['1.28', '1.29', '1.31', '1.32'].map((v) => appliesTo(rule, v as never))).toEqual([false, true, true, false]);
    const ids = (k8sVersion: string) => lintManifest(job(), { k8sVersion }).findings.map((f) => f.ruleId);
    expect(ids('1.28')).toEqual(['job-blocked-by-sidecar']);
    expect(ids('1.29')).toEqual(['job-blocked-by-sidecar', 'proxy-not-native']);
  });
});

describe('findings', () => {
  it('carry rule metadata, the pod, a text range and whether a quick fix exists', () => {
    const parsed = job();
    const [finding] = lintManifest(parsed).findings;
    expect(finding).toMatchObject({ ruleId: 'job-blocked-by-sidecar', severity: 'error', category: 'lifecycle', documentIndex: 0, container: 'istio-proxy', fixable: true, pod: { documentIndex: 0, specPath: ['spec', 'template', 'spec'] } });
    expect(finding?.id).toBe('job-blocked-by-sidecar@0:spec.template.spec.containers[1]');
    const range = finding?.range;
    expect(range && parsed.text.slice(range.from, range.to)).toMatch(/^\{name: istio-proxy/);
  });

  it('are sorted by text position across pods and documents', () => {
    const text = `${jobText()}---\n${yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        ${podHardened}
        initContainers: [{name: git-sync, image: registry.k8s.io/git-sync/git-sync:v4.2.4, ${hardened}}]
        containers: [{name: app, image: nginx:1.27, ${hardened}}]`}`;
    const findings = lintManifest(parseManifest(text)).findings;
    expect(findings.map((f) => [f.documentIndex, f.ruleId])).toEqual([
      [0, 'job-blocked-by-sidecar'],
      [0, 'proxy-not-native'],
      [1, 'init-never-exits'],
    ]);
    const froms = findings.map((f) => f.range?.from ?? -1);
    expect([...froms].sort((a, b) => a - b)).toEqual(froms);
  });

  it('lintPod lints one pod of the file', () => {
    const parsed = parseManifest(`${yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: a}
      spec: {${podHardened}, initContainers: [{name: s, image: busybox:1.37, command: [sleep, infinity], ${hardened}}], containers: [{name: c, image: busybox:1.37, ${hardened}}]}`}\n---\n${jobText()}`);
    const second = parsed.pods[1];
    expect(second && lintPod(parsed, second).findings.map((f) => f.documentIndex)).toEqual([1, 1]);
  });
});

describe('options', () => {
  it('disables rules and overrides severities', () => {
    const result = lintManifest(job(), { disabled: ['proxy-not-native'], severity: { 'job-blocked-by-sidecar': 'warning' } });
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['job-blocked-by-sidecar', 'warning']]);
  });

  it('runs the rules it is given', () => {
    const only = RULES.filter((r) => r.id === 'proxy-not-native');
    expect(lintManifest(job(), { rules: only }).findings.map((f) => f.ruleId)).toEqual(['proxy-not-native']);
  });
});

describe('suppression by annotation', () => {
  it('moves findings with a reason to the suppressed list and counts them', () => {
    const result = lintManifest(job('{podsmith.dev/ignore-proxy-not-native: "the mesh drains for us"}'));
    expect(result.findings.map((f) => f.ruleId)).toEqual(['job-blocked-by-sidecar']);
    expect(result.suppressed).toHaveLength(1);
    expect(result.suppressed[0]).toMatchObject({ ruleId: 'proxy-not-native', reason: 'the mesh drains for us', annotation: 'podsmith.dev/ignore-proxy-not-native' });
    expect(result.suppressedCounts).toEqual({ 'proxy-not-native': 1 });
    expect(result.ignoredSuppressions).toEqual([]);
  });

  it('reads the pod template annotations too', () => {
    const parsed = job('{}', '{podsmith.dev/ignore-job-blocked-by-sidecar: "cleaned up by the CronJob wrapper"}');
    expect(lintManifest(parsed).suppressedCounts).toEqual({ 'job-blocked-by-sidecar': 1 });
  });

  it('ignores a suppression without a reason, or for an unknown rule, and says so', () => {
    const result = lintManifest(job('{podsmith.dev/ignore-proxy-not-native: "", podsmith.dev/ignore-no-such-rule: "because"}'));
    expect(result.findings.map((f) => f.ruleId)).toEqual(['job-blocked-by-sidecar', 'proxy-not-native']);
    expect(result.suppressed).toEqual([]);
    expect(result.ignoredSuppressions.map((s) => [s.annotation, s.problem])).toEqual([
      ['podsmith.dev/ignore-proxy-not-native', 'missing-reason'],
      ['podsmith.dev/ignore-no-such-rule', 'unknown-rule'],
    ]);
  });
});

describe('quick fixes and docs for the findings panel', () => {
  it('fixesFor returns the Edit values, quickFix one batch', () => {
    const parsed = job();
    const finding = lintManifest(parsed).findings[0];
    if (!finding) throw new Error('expected a finding');
    const edits = fixesFor(finding, parsed);
    expect(edits.map((e) => e.kind)).toEqual(['setContainerField', 'moveContainer']);
    expect(quickFix(finding, parsed)).toEqual({ kind: 'batch', edits });
    expect(fixesFor(finding, parsed, { k8sVersion: '1.28' })).toEqual([]);
  });

  it('a finding of a rule without a fix has none', () => {
    const parsed = parseManifest(yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec: {${podHardened}, containers: [{name: c, image: busybox:1.37, lifecycle: {preStop: {tcpSocket: {port: 80}}}, ${hardened}}]}`);
    const [finding] = lintManifest(parsed).findings;
    expect(finding?.ruleId).toBe('tcp-socket-hook');
    expect(finding?.fixable).toBe(false);
    expect(finding && quickFix(finding, parsed)).toBeUndefined();
  });

  it('every rule has docs the panel can show', () => {
    for (const rule of RULES) {
      expect(ruleById(rule.id)).toBe(rule);
      expect(docsFor(rule.id)).toEqual(rule.docs);
      for (const text of Object.values(rule.docs)) expect(text.length, rule.id).toBeGreaterThan(10);
      expect(rule.docs.link).toMatch(/^https:\/\//);
    }
    expect(docsFor('no-such-rule')).toBeUndefined();
  });
});
