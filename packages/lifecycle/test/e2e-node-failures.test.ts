/**
 * The failures, restarts and failing probes of kubernetes/kubernetes
 * test/e2e_node/container_lifecycle_test.go, translated like e2e-node.test.ts: each test is
 * named after the ginkgo.It it mirrors (its ginkgo.When as the describe) and asserts what
 * it asserts, on the simulated events, read as the e2e tests read their containers' logs
 * (timeline.ts: startsBefore and exitsBefore follow restarts, hasRestarted counts starts).
 *
 * agnhost's `ExitCode` is an `exit N` after the `sleep`, which the simulator reads (the
 * `exitCode` assumption, from the pod); a probe that runs `exit 1` is read as failing at
 * every try. What the pod cannot say is an override, as the e2e pod says it: the `Delay`
 * of a sidecar or of a long-running pod's container (their `run` is otherwise "until
 * stopped"), `TerminationSeconds` (`shutdown`), and a script that fails only on its first
 * run (`failures: 1`).
 *
 * Here: 53 ginkgo.It. Of e2e-node.test.ts's part, the 48 of "failures and restarts after a
 * failure" and 4 of the 5 "failing probes"; of e2e-node-termination.test.ts's part, "should
 * continue probing and allow regular container to start after the restartable init
 * container recovers". Left out: "should execute readiness probe while in preStop, but not
 * liveness" (the simulator models when a probe gives up, not each probe it runs).
 */
import { describe, expect, it } from 'vitest';
import { yaml } from '../../../test-support/yaml';
import { init, pod, regular, sidecar } from './e2e-pods';
import { clockOf, type Clock } from './timeline';

type Override = Partial<Record<'run' | 'startup' | 'shutdown' | 'exitCode' | 'failures', number>>;
const with_ = (containers: Record<string, Override>) => ({ k8sVersion: '1.36', overrides: { containers } });

const kinds = (r: Clock) => r.simulation.problems.map((p) => p.kind);
const startsOf = (r: Clock, c: string) => r.events.filter((e) => e.container === c && (e.kind === 'started' || e.kind === 'restarted'));
const exitText = (r: Clock, c: string) => r.events.find((e) => e.container === c && e.kind === 'exited')?.text;
/** The pod never gets past initialization: no Running, startup never ends. */
const pending = (r: Clock) => r.simulation.startup.end === undefined && !r.events.some((e) => e.kind === 'pod-running');
const failed = (r: Clock) => r.events.some((e) => e.kind === 'pod-fails') && kinds(r).includes('pod-fails');

describe('Running a pod with init containers and regular containers, restartPolicy=Never: an init container fails', () => {
  it('should not launch regular containers if an init container fails', () => {
    const r = clockOf(pod('Never', [init('init-1', 1, 1)], [regular('regular-1', 1)]));
    expect(r.started('init-1')).toBe(0);
    expect(exitText(r, 'init-1')).toMatch(/exits 1 after 1 s: restartPolicy Never, so it is not started again/);
    expect(r.started('regular-1')).toBeUndefined();
    expect(failed(r)).toBe(true);
  });
});

describe('Running a pod with init containers and regular containers, restartPolicy=Never: running a Pod with a failed regular container', () => {
  it('should restart failing container when pod restartPolicy is Always', () => {
    const r = clockOf(pod('Always', [], [regular('regular-1', 1, '', 1)]), with_({ 'regular-1': { run: 1 } }));
    expect(r.startsBefore('regular-1', 'regular-1')).toBe(true);
    expect(r.exitsBefore('regular-1', 'regular-1')).toBe(true);
    // WaitForPodContainerRestartCount(…, 3): the back-off is 10, 20, 40 s.
    expect(startsOf(r, 'regular-1').map((e) => e.at)).toEqual([0, 11, 32, 73, 154, 315, 616]);
    expect(kinds(r)).toEqual(['crash-loop']);
  });
});

describe('Running a pod with init containers and regular containers, restartPolicy=Never: A regular container restarts with init containers', () => {
  it("shouldn't restart init containers upon regular container restart", () => {
    // ExitCode -1: the shell's exit status 255.
    const r = clockOf(pod('Always', [init('init-1', 1), init('init-2', 1), init('init-3', 1)], [regular('regular-1', 10, '', 255)]), with_({ 'regular-1': { run: 10 } }));
    for (const [a, b] of [['init-1', 'init-2'], ['init-2', 'init-3'], ['init-3', 'regular-1']] as const) {
      expect(r.startsBefore(a, b), `${a} starts before ${b}`).toBe(true);
      expect(r.exitsBefore(a, b), `${a} exits before ${b}`).toBe(true);
    }
    for (const c of ['init-1', 'init-2', 'init-3']) expect(r.hasRestarted(c), c).toBe(false);
    expect(r.hasRestarted('regular-1')).toBe(true);
    expect(exitText(r, 'regular-1')).toMatch(/exits 255 after 10 s: restartPolicy Always/);
  });
});

describe('using a restartable init container in a Pod with restartPolicy=Never: an Init container before restartable init container fails', () => {
  const r = clockOf(pod('Never', [init('init-1', 1, 1), sidecar('restartable-init-1')], [regular('regular-1', 600)]));
  it('should mark a Pod as failed and produce log', () => {
    expect(failed(r)).toBe(true);
    expect(r.simulation.shutdown.events.map((e) => e.kind)).toEqual(['pod-fails']);
  });
  it('should mark an Init container as failed', () => expect(exitText(r, 'init-1')).toMatch(/exits 1/));
  it('should not start restartable init container', () => expect(r.started('restartable-init-1')).toBeUndefined());
});

describe('using a restartable init container in a Pod with restartPolicy=Never: an Init container after restartable init container fails', () => {
  const r = clockOf(pod('Never', [sidecar('restartable-init-1', '', 5, 1), init('init-1', 1, 1)], [regular('regular-1', 600)]), with_({ 'restartable-init-1': { run: 5 } }));
  it('should mark a Pod as failed and produce log', () => expect(failed(r)).toBe(true));
  it('should mark an Init container as failed', () => expect(exitText(r, 'init-1')).toMatch(/exits 1/));
  it('should be running restartable init container and a failed Init container in parallel', () => {
    expect(r.runTogether('restartable-init-1', 'init-1')).toBe(true);
    // The pod fails at 1 s: the sidecar is stopped then, before its own exit at 5 s.
    expect(r.at('SIGTERM', 'restartable-init-1')).toBe(1);
    expect(r.started('regular-1')).toBeUndefined();
  });
});

for (const policy of ['OnFailure', 'Always']) {
  describe(`using a restartable init container in a Pod with restartPolicy=${policy}: an Init container before restartable init container continuously fails`, () => {
    const r = clockOf(pod(policy, [init('init-1', 1, 1), sidecar('restartable-init-1')], [regular('regular-1', 600)]));
    it('should continuously run Pod keeping it Pending', () => {
      expect(pending(r)).toBe(true);
      expect(startsOf(r, 'init-1').length).toBeGreaterThanOrEqual(1 + 3);
      expect(kinds(r)).toEqual(['crash-loop']);
      expect(r.events.some((e) => e.kind === 'pod-fails')).toBe(false);
    });
    it('should have Init container restartCount greater than 0', () => expect(r.hasRestarted('init-1')).toBe(true));
    it('should not start restartable init container', () => expect(r.started('restartable-init-1')).toBeUndefined());
  });

  describe(`using a restartable init container in a Pod with restartPolicy=${policy}: an Init container after restartable init container fails`, () => {
    const r = clockOf(pod(policy, [sidecar('restartable-init-1', '', 5, 1), init('init-1', 1, 1)], [regular('regular-1', 600)]), with_({ 'restartable-init-1': { run: 5 } }));
    it('should continuously run Pod keeping it Pending', () => {
      expect(pending(r)).toBe(true);
      expect(startsOf(r, 'init-1').length).toBeGreaterThanOrEqual(1 + 3);
    });
    it('should have Init container restartCount greater than 0', () => expect(r.hasRestarted('init-1')).toBe(true));
    it('should be running restartable init container and a failed Init container in parallel', () => {
      expect(r.runTogether('restartable-init-1', 'init-1')).toBe(true);
      expect(r.hasRestarted('restartable-init-1')).toBe(true); // it exits 1 every 5 s, and is restarted whatever the policy
    });
  });
}

for (const policy of ['Never', 'OnFailure', 'Always']) {
  for (const code of [0, 1]) {
    describe(`using a restartable init container in a Pod with restartPolicy=${policy}: a restartable init container starts and exits with exit code ${code} continuously`, () => {
      const longRunning = policy === 'Always';
      // Delay 5 for the sidecar and, in a long-running pod, Delay 60 for regular-1: assumptions the pod cannot state.
      const r = clockOf(
        pod(policy, [sidecar('restartable-init-1', '', 5, code), init('init-1', 5)], [regular('regular-1', 60)]),
        with_({ 'restartable-init-1': { run: 5 }, ...(longRunning && { 'regular-1': { run: 60 } }) }),
      );
      if (longRunning) {
        it('should keep running a Pod continuously and produce log', () => {
          expect(r.events.some((e) => e.kind === 'pod-running')).toBe(true);
          expect(r.hasRestarted('regular-1')).toBe(true); // exit 0 is restarted under Always
        });
      } else {
        it('should complete a Pod successfully and produce log', () => {
          expect(r.simulation.shutdown.events.at(-1)?.kind).toBe('pod-completes');
          expect(kinds(r)).toEqual(['crash-loop']); // the sidecar's, which does not hold the pod back
        });
      }
      it('should restart a restartable init container before the regular container started', () => expect(r.startsBefore('restartable-init-1', 'regular-1')).toBe(true));
      it('should restart a restartable init container after the regular container started', () => {
        expect(r.startsBefore('regular-1', 'restartable-init-1')).toBe(true);
        expect(r.started('regular-1')).toBe(5);
        expect(startsOf(r, 'restartable-init-1')[1]?.at).toBe(15); // exits at 5, back-off 10 s
      });
      if (longRunning) it('should start a regular container', () => expect(r.started('regular-1')).toBeDefined());
      else it('should run a regular container to completion', () => expect(exitText(r, 'regular-1')).toMatch(/exits 0/));
    });
  }
}

describe('using a restartable init container in a Pod with restartPolicy=Always: a restartable init container runs continuously', () => {
  const r = clockOf(pod('Always', [sidecar('restartable-init-1')], [regular('regular-1', 1)]), with_({ 'regular-1': { run: 1 } }));
  it('should keep running a Pod continuously and produce log', () => expect(startsOf(r, 'regular-1').length).toBeGreaterThanOrEqual(1 + 2));
  it('should not restart a restartable init container', () => expect(r.hasRestarted('restartable-init-1')).toBe(false));
  it('should start a regular container', () => expect(r.hasRestarted('regular-1')).toBe(true));
});

describe('A restartable init container with startup probe fails initially', () => {
  it('should continue probing and allow regular container to start after the restartable init container recovers', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: restartable-init-startup-probe-fix}
      spec:
        restartPolicy: Never
        initContainers:
        - name: buggy-restartable-init
          image: busybox:1.36
          restartPolicy: Always
          command: [sh, -c, "if [ ! -f /persistent/first_run_done ]; then touch /persistent/first_run_done; exit 1; else sleep 120; fi"]
          startupProbe: {exec: {command: [/bin/true]}, initialDelaySeconds: 3, periodSeconds: 2, failureThreshold: 10}
        containers:
        - name: regular-container
          image: registry.k8s.io/pause:3.10
          startupProbe: {exec: {command: [/bin/true]}, initialDelaySeconds: 5, periodSeconds: 5}`;
    // The first run exits 1 at once, the second runs on.
    const r = clockOf(text, with_({ 'buggy-restartable-init': { run: 0, exitCode: 1, failures: 1 } }));
    expect(r.hasRestarted('buggy-restartable-init')).toBe(true);
    expect(r.startsBefore('buggy-restartable-init', 'regular-container')).toBe(true);
    // Restarted after 10 s of back-off, its startupProbe passes 3 + 2 s later: then regular-container starts.
    expect(startsOf(r, 'buggy-restartable-init').map((e) => e.at)).toEqual([0, 10]);
    expect(r.started('regular-container')).toBe(15);
  });
});

describe('A regular container has a PreStop hook', () => {
  const preStop = ', lifecycle: {preStop: {exec: {command: [sh, -c, "sleep 1"]}}}';
  const failing = (probe: string) => `, ${probe}: {exec: {command: [sh, -c, "exit 1"]}, initialDelaySeconds: 10, failureThreshold: 1}`;
  for (const probe of ['startupProbe', 'livenessProbe']) {
    it(`should call the container's preStop hook and terminate it if its ${probe === 'startupProbe' ? 'startup' : 'liveness'} probe fails`, () => {
      const r = clockOf(pod('Never', [], [regular('regular-1', 100, `${failing(probe)}${preStop}`)]), with_({ 'regular-1': { shutdown: 15 } }));
      // The probe gives up at initialDelaySeconds 10 + periodSeconds 10 × failureThreshold 1.
      expect(r.at('probe-fails', 'regular-1')).toBe(20);
      const hook = r.at('preStop-begins', 'regular-1');
      expect(hook).toBe(20);
      expect(r.started('regular-1')).toBeLessThan(hook ?? -1); // RunTogether(regular-1, PreStop-regular-1)
      expect(r.exited('regular-1')).toBe(20 + 1 + 15);
      expect(r.hasRestarted('regular-1')).toBe(false); // restartPolicy Never
      expect(failed(r)).toBe(true);
    });
  }
});

describe('running restartable init containers with startup probes: using a PreStop hook', () => {
  it("should call the container's preStop hook and not launch next container if the restartable init container's startup probe fails", () => {
    const r = clockOf(
      pod('Always', [sidecar('restartable-init-1', ', startupProbe: {exec: {command: [sh, -c, "exit 1"]}, initialDelaySeconds: 5, failureThreshold: 1}, lifecycle: {preStop: {exec: {command: [sh, -c, "sleep 1"]}}}')], [regular('regular-1', 1)]),
      with_({ 'restartable-init-1': { shutdown: 15 } }),
    );
    expect(r.at('preStop-begins', 'restartable-init-1')).toBe(15);
    expect(r.exited('restartable-init-1')).toBe(15 + 1 + 15);
    expect(startsOf(r, 'restartable-init-1').length).toBeGreaterThanOrEqual(1 + 2);
    expect(r.started('regular-1')).toBeUndefined();
    expect(pending(r)).toBe(true);
    expect(kinds(r)).toEqual(['crash-loop']);
  });
});

describe('running restartable init containers with liveness probes', () => {
  it("should call the container's preStop hook and start the next container if the restartable init container's liveness probe fails", () => {
    const r = clockOf(
      pod('Always', [sidecar('restartable-init-1', ', livenessProbe: {exec: {command: [sh, -c, "exit 1"]}, initialDelaySeconds: 5, failureThreshold: 1}, lifecycle: {preStop: {exec: {command: [sh, -c, "sleep 1"]}}}')], [regular('regular-1', 1)]),
      with_({ 'restartable-init-1': { shutdown: 15 }, 'regular-1': { run: 1 } }),
    );
    expect(r.at('preStop-begins', 'restartable-init-1')).toBe(15);
    expect(r.exited('restartable-init-1')).toBe(15 + 1 + 15);
    expect(startsOf(r, 'restartable-init-1').length).toBeGreaterThanOrEqual(1 + 2);
    expect(r.started('regular-1')).toBe(0);
    expect(r.hasRestarted('regular-1')).toBe(true);
  });
});
