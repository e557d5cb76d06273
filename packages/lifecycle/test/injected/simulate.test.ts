/** The simulator given the pod as it runs: an injected proxy is on the timeline, and it is what keeps a Job from completing. */
import { describe, expect, test } from 'vitest';
import { parseManifest, projectPod } from '@podsmith/manifest';
import { withInjected } from '../../src';
import { simulate } from '../../src/simulate/simulate';
import { ISTIO_JOB } from '../../../../test-support/istioJob';

const parsed = parseManifest(ISTIO_JOB);
const pod = projectPod(parsed, parsed.pods[0]!)!;

describe.each([
  ['1.32', 'a regular container', ['never-completes']],
  ['1.34', 'a native sidecar', []],
] as const)('an Istio Job at %s: the proxy is %s', (version, _lane, problems) => {
  const simulation = simulate(withInjected(pod, version), { k8sVersion: version });

  test('its tracks say which containers Istio added', () => {
    const tracks = simulation.startup.tracks.map((t) => `${t.container}${t.injected ? ` (injected by ${t.injected})` : ''}`);
    expect(tracks).toEqual(expect.arrayContaining(['istio-init (injected by Istio)', 'istio-proxy (injected by Istio)', 'work']));
  });

  test('what goes wrong is about the injected proxy', () => {
    const found = simulation.problems.filter((p) => p.containers.includes('istio-proxy'));
    expect(found.map((p) => p.kind)).toEqual(problems);
  });
});
