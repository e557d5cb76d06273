/**
 * The team's hand-made lint cases (fixtures/lint-cases, never edited): each must raise
 * every rule expected.json lists at the case's target version, and nothing else, since
 * each case is built around exactly those problems. The cases were written before the
 * best-practice and security rules and are about lifecycle, validity and network
 * problems, so those two categories are left out here (they are checked on the real
 * corpus, in corpus.test.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseManifest } from '@podsmith/manifest';
import { describe, expect, it } from 'vitest';
import { lintManifest } from '../src';
import { fieldPath } from '../src/paths';

const dir = fileURLToPath(new URL('../../../fixtures/lint-cases/', import.meta.url));
const cases = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as { file: string; k8sVersion: string; expect: string[] }[];

function lint(file: string, k8sVersion: string) {
  const parsed = parseManifest(readFileSync(`${dir}${file}`, 'utf8'));
  expect(parsed.ok).toBe(true);
  return lintManifest(parsed, { k8sVersion }).findings.filter((f) => f.category !== 'best-practice' && f.category !== 'security');
}

describe('lint cases', () => {
  it('there are cases to check', () => expect(cases.length).toBeGreaterThanOrEqual(7));

  for (const c of cases) {
    it(`${c.file} raises ${c.expect.join(', ')} at ${c.k8sVersion}, and nothing else`, () => {
      const ids = lint(c.file, c.k8sVersion).map((f) => f.ruleId);
      expect([...new Set(ids)].sort()).toEqual([...c.expect].sort());
    });
  }

  it('case 07 words the three API errors as the API server does (istio#52245)', () => {
    const messages = lint('case07-job-init-probes-without-restartpolicy.yaml', '1.33')
      .filter((f) => f.ruleId === 'init-container-probes-or-hooks')
      .map((f) => f.message);
    expect(messages).toEqual(
      ['lifecycle', 'readinessProbe', 'startupProbe'].map((field) => `spec.template.spec.initContainers[1].${field}: Forbidden: may not be set for init containers without restartPolicy=Always`),
    );
  });

  it('case 09 rejects the 45 s sleep with the 1.34 wording and points at each problem', () => {
    const findings = lint('case09-deploy-prestop-vs-grace-period.yaml', '1.34');
    expect(findings.map((f) => [f.ruleId, fieldPath(f.path)])).toEqual([
      ['grace-period-exhausted', 'spec.template.spec.containers[0].lifecycle.preStop'],
      ['invalid-lifecycle-hook', 'spec.template.spec.containers[1].lifecycle.preStop.sleep'],
      ['prestop-exceeds-grace-period', 'spec.template.spec.containers[2].lifecycle.preStop.exec'],
    ]);
    expect(findings[1]?.message).toBe('spec.template.spec.containers[1].lifecycle.preStop.sleep: Invalid value: 45: must be non-negative and less than terminationGracePeriodSeconds (30)');
  });

  it('case 11 points at the Service for the unresolved named port', () => {
    const unresolved = lint('case11-pod-port-collisions-with-sidecar.yaml', '1.31').find((f) => f.ruleId === 'sidecar-named-port-unresolved');
    expect(unresolved && [unresolved.documentIndex, fieldPath(unresolved.path), unresolved.container]).toEqual([1, 'spec.ports[0].targetPort', 'envoy']);
    expect(lint('case11-pod-port-collisions-with-sidecar.yaml', '1.32').map((f) => f.ruleId)).not.toContain('sidecar-named-port-unresolved');
  });
});
