/**
 * The container lifecycle e2e tests of Kubernetes itself
 * (kubernetes/kubernetes test/e2e_node/container_lifecycle_test.go, helpers in
 * container_lifecycle_pod_construction.go), translated: each test below is named after the
 * ginkgo.It it mirrors and asserts the same orderings on the simulated events. The e2e
 * pods use agnhost's `Delay` (seconds, then exit) and `TerminationSeconds` (shutdown after
 * SIGTERM); here they are `sleep N` commands, which the simulator reads, and `shutdown`
 * overrides.
 *
 * The file holds 149 ginkgo.It (each policy variant counted): 88 translated, 61 left out.
 * Here: the first 123 (to "should terminate gracefully when restartPolicy=Never"), 77
 * translated (25 below, and the 52 of its failures, restarts and failing probes in
 * e2e-node-failures.test.ts) and 46 left out; e2e-node-termination.test.ts: the other 26,
 * 11 translated (10 there, 1 in e2e-node-failures.test.ts) and 15 left out (its header says
 * which).
 * Left out in all, by reason (this file's part + the other's):
 * - image updates of a running, initializing or terminating pod, 28 + 0 ("should
 *   successfully restart when the image is updated" ×3, "Should not start a regular
 *   container" ×3, "should update the image when restartPolicy=…" ×10 after a failed
 *   startup or liveness probe, "should not update the image when restartPolicy=…" ×3,
 *   "should not restart (the) init container …" ×3, "should restart when updated with a
 *   new image" ×3, "should terminate gracefully when restartPolicy=…" ×3): the simulator
 *   models one pod spec, not updates to it;
 * - a probe's executions, 1 + 0 ("should execute readiness probe while in preStop, but not
 *   liveness"): the simulator models when a failing probe gives up, not each probe it runs;
 * - bad images, 12 + 0 (the "fails to start because of a bad image" groups, ×4): image
 *   pulls are not modelled;
 * - node reboot and kubelet restarts, 5 + 15: not part of a pod's life as written.
 */
import { describe, expect, it } from 'vitest';
import { yaml } from '../../../test-support/yaml';
import { init, pod, regular, sidecar } from './e2e-pods';
import { clockOf } from './timeline';

describe('Running a pod with init containers and regular containers, restartPolicy=Never', () => {
  it('should launch init container serially before a regular container', () => {
    const r = clockOf(pod('Never', [init('init-1', 1), init('init-2', 1), init('init-3', 1)], [regular('regular-1', 1, ', startupProbe: {exec: {command: [test, -f, started]}}')]));
    for (const [a, b] of [['init-1', 'init-2'], ['init-2', 'init-3'], ['init-3', 'regular-1']] as const) {
      expect(r.startsBefore(a, b), `${a} starts before ${b}`).toBe(true);
      expect(r.exitsBefore(a, b), `${a} exits before ${b}`).toBe(true);
    }
    expect(r.exited('init-1')).toBeLessThanOrEqual(r.started('init-2') ?? -1);
  });

  it('should run Init container to completion before call to PostStart of regular container', () => {
    const r = clockOf(pod('Never', [init('init-1', 1)], [regular('regular-1', 10, ', lifecycle: {postStart: {exec: {command: [sh, -c, "sleep 1"]}}}')]));
    const postStart = r.events.find((e) => e.kind === 'postStart-begins' && e.container === 'regular-1')?.at;
    const postStartEnds = r.events.find((e) => e.kind === 'postStart-ends' && e.container === 'regular-1')?.at;
    expect(r.started('init-1')).toBeLessThan(postStart ?? -1);
    expect(r.exited('init-1')).toBeLessThan(postStartEnds ?? -1);
    // RunTogether(regular-1, PostStart-regular-1): the hook runs while the container runs.
    expect(postStart).toBeGreaterThanOrEqual(r.started('regular-1') ?? Infinity);
    expect(postStartEnds).toBeLessThan(r.exited('regular-1') ?? -1);
  });

  it('should not launch second container before PostStart of the first container completed', () => {
    const r = clockOf(pod('Never', [], [regular('regular-1', 10, ', lifecycle: {postStart: {exec: {command: [sh, -c, "sleep 1"]}}}'), regular('regular-2', 1)]));
    const postStart = r.events.find((e) => e.kind === 'postStart-begins' && e.container === 'regular-1')?.at ?? Infinity;
    const postStartEnds = r.events.find((e) => e.kind === 'postStart-ends' && e.container === 'regular-1')?.at ?? Infinity;
    expect(postStart).toBeLessThan(r.started('regular-2') ?? -1);
    expect(postStartEnds).toBeLessThanOrEqual(r.started('regular-2') ?? -1);
  });
});

describe('a pod cannot terminate gracefully', () => {
  const sleeper = (extra = '') => yaml`
    apiVersion: v1
    kind: Pod
    metadata: {name: pod-termination-grace-period}
    spec:
      terminationGracePeriodSeconds: 30
      containers:
      - {name: regular1, image: busybox:1.36, command: [sleep, "10000"]${extra}}`;
  // `sleep` as PID 1 ignores SIGTERM: it never exits by itself after the signal.
  const ignoresSigterm = { k8sVersion: '1.36', overrides: { containers: { regular1: { shutdown: 10000 } } } };

  it('should respect termination grace period seconds', () => {
    const s = clockOf(sleeper(), ignoresSigterm).simulation;
    // SIGTERM at 0 with the whole grace period: SIGKILL at the deadline (kubelet killContainer).
    expect(s.shutdown.events.find((e) => e.kind === 'SIGKILL')?.at).toBe(30);
    expect(s.shutdown.end).toBeLessThanOrEqual(30 + 30); // the e2e test's grace period + buffer
  });

  it('should respect termination grace period seconds with long-running preStop hook', () => {
    const s = clockOf(sleeper(', lifecycle: {preStop: {exec: {command: [sleep, "10000"]}}}'), ignoresSigterm).simulation;
    expect(s.shutdown.events.find((e) => e.kind === 'preStop-ends')?.at).toBe(30);
    expect(s.shutdown.events.find((e) => e.kind === 'SIGTERM')?.at).toBe(30);
    expect(s.shutdown.end).toBeLessThanOrEqual(30 + 30);
  });
});

describe('a pod is terminating because its liveness probe fails', () => {
  it('should not continue running liveness probes for restartable init containers and restart them while in preStop', () => {
    const text = pod('Never', [sidecar('restartable-init-1')], [regular('regular-1', 100, ', lifecycle: {preStop: {exec: {command: [sh, -c, "sleep 50"]}}}')], '\n    terminationGracePeriodSeconds: 100');
    const s = clockOf(text).simulation.deletion;
    // Not restarted during termination (KEP-4438 is not implemented): no start, and its SIGTERM only after regular-1 has exited.
    expect(s?.events.filter((e) => e.kind === 'started')).toEqual([]);
    const sigterm = s?.events.find((e) => e.kind === 'SIGTERM' && e.container === 'restartable-init-1')?.at;
    const mainExit = s?.events.find((e) => e.kind === 'exited' && e.container === 'regular-1')?.at;
    expect(sigterm).toBe(mainExit);
    expect(mainExit).toBeGreaterThan(50);
  });
});

describe('using a Pod with restartPolicy=Never, three init container and two restartable init containers', () => {
  const r = clockOf(pod('Never', [init('init-1', 1), sidecar('restartable-init-1'), init('init-2', 1), sidecar('restartable-init-2'), init('init-3', 1)], [regular('regular-1', 1)]));

  it('should finish and produce log', () => {
    expect(r.simulation.shutdown.kind).toBe('completion');
    expect(r.simulation.shutdown.events.at(-1)?.kind).toBe('pod-completes');
    expect(r.simulation.problems).toEqual([]);
  });
  it('should run the first init container to completion before starting first restartable init container', () => {
    expect(r.startsBefore('init-1', 'restartable-init-1')).toBe(true);
    expect(r.exitsBefore('init-1', 'restartable-init-1')).toBe(true);
  });
  it('should run first init container and first restartable init container together', () => {
    expect(r.startsBefore('restartable-init-1', 'init-2')).toBe(true);
    expect(r.runTogether('restartable-init-1', 'init-2')).toBe(true);
  });
  it('should run second init container to completion before starting second restartable init container', () => {
    expect(r.startsBefore('init-2', 'restartable-init-2')).toBe(true);
    expect(r.exitsBefore('init-2', 'restartable-init-2')).toBe(true);
  });
  it('should start second restartable init container before third init container', () => {
    expect(r.startsBefore('restartable-init-2', 'init-3')).toBe(true);
  });
  it('should run both restartable init containers and third init container together', () => {
    expect(r.runTogether('restartable-init-1', 'restartable-init-2')).toBe(true);
    expect(r.runTogether('restartable-init-1', 'init-3')).toBe(true);
    expect(r.runTogether('restartable-init-2', 'init-3')).toBe(true);
  });
  it('should run third init container to completion before starting regular container', () => {
    expect(r.startsBefore('init-3', 'regular-1')).toBe(true);
    expect(r.exitsBefore('init-3', 'regular-1')).toBe(true);
  });
  it('should run both restartable init containers and a regular container together', () => {
    expect(r.runTogether('restartable-init-1', 'regular-1')).toBe(true);
    expect(r.runTogether('restartable-init-2', 'regular-1')).toBe(true);
  });
});

describe('initializing an init container after a restartable init container', () => {
  for (const policy of ['Always', 'OnFailure', 'Never']) {
    it(`Should begin initializing the pod, restartPolicy=${policy}`, () => {
      // Only the ordering part: the e2e test then updates an image, which is not simulated.
      const r = clockOf(pod(policy, [init('init-1', 1), sidecar('restartable-init-1'), init('init-2', 600), sidecar('restartable-init-2')], [regular('regular-1', 1)]));
      expect(r.startsBefore('init-1', 'restartable-init-1')).toBe(true);
      expect(r.startsBefore('restartable-init-1', 'init-2')).toBe(true);
      // DoesntStart while init-2 runs (the test looks within its 600 s).
      expect(r.started('restartable-init-2')).toBeGreaterThanOrEqual((r.started('init-2') ?? Infinity) + 600);
      expect(r.started('regular-1')).toBeGreaterThanOrEqual((r.started('init-2') ?? Infinity) + 600);
    });
  }
});

for (const policy of ['Never', 'OnFailure']) {
  describe(`using a restartable init container in a Pod with restartPolicy=${policy}: a restartable init container runs continuously`, () => {
    const r = clockOf(pod(policy, [sidecar('restartable-init-1')], [regular('regular-1', 1)]));
    it('should complete a Pod successfully and produce log', () => {
      expect(r.simulation.shutdown.events.at(-1)?.kind).toBe('pod-completes');
      expect(r.simulation.shutdown.end).toBeDefined();
    });
    it('should not restart a restartable init container', () => {
      expect(r.events.filter((e) => e.kind === 'started' && e.container === 'restartable-init-1')).toHaveLength(1);
    });
    it('should run a regular container to completion', () => {
      expect(r.simulation.shutdown.events.find((e) => e.kind === 'exited' && e.container === 'regular-1')?.text).toMatch(/exits 0/);
    });
  });
}

describe('running restartable init containers with startup probes', () => {
  it('should launch restartable init containers serially considering the startup probe', () => {
    const probe = ', startupProbe: {exec: {command: [test, -f, started]}}';
    // StartDelay 10: the file the probe tests appears after 10 s.
    const r = clockOf(pod('Never', [sidecar('restartable-init-1', probe), sidecar('restartable-init-2', probe)], [regular('regular-1', 1)]), {
      k8sVersion: '1.36',
      overrides: { containers: { 'restartable-init-1': { startup: 10 }, 'restartable-init-2': { startup: 10 } } },
    });
    expect(r.startsBefore('restartable-init-1', 'restartable-init-2')).toBe(true);
    expect(r.startsBefore('restartable-init-2', 'regular-1')).toBe(true);
    expect(r.started('restartable-init-2')).toBe(10);
    expect(r.started('regular-1')).toBe(20);
  });
});

describe('A pod with restartable init containers is terminating: The containers exit successfully', () => {
  it('should terminate sidecars in reverse order after all main containers have exited', () => {
    const terminationSeconds = { shutdown: 5 };
    const r = clockOf(pod('Never', [sidecar('restartable-init-1'), sidecar('restartable-init-2'), sidecar('restartable-init-3')], [regular('regular-1', 5)]), {
      k8sVersion: '1.36',
      overrides: { containers: { 'restartable-init-1': terminationSeconds, 'restartable-init-2': terminationSeconds, 'restartable-init-3': terminationSeconds } },
    });
    for (const [a, b] of [['restartable-init-1', 'restartable-init-2'], ['restartable-init-1', 'restartable-init-3'], ['restartable-init-2', 'restartable-init-3']] as const) expect(r.startsBefore(a, b)).toBe(true);
    for (const s of ['restartable-init-1', 'restartable-init-2', 'restartable-init-3']) {
      expect(r.startsBefore(s, 'regular-1')).toBe(true);
      expect(r.exitsBefore('regular-1', s)).toBe(true); // main containers exit first
    }
    expect(r.exitsBefore('restartable-init-3', 'restartable-init-2')).toBe(true); // then sidecars in reverse order
    expect(r.exitsBefore('restartable-init-2', 'restartable-init-1')).toBe(true);
    expect(r.simulation.shutdown.events.at(-1)?.kind).toBe('pod-completes');
  });
});
