/**
 * The last third of kubernetes/kubernetes test/e2e_node/container_lifecycle_test.go (from
 * "should terminate sidecars simultaneously if prestop doesn't exit" to the end),
 * translated like e2e-node.test.ts: each test is named after the ginkgo.It it mirrors.
 * agnhost's `TerminationSeconds` (how long a container takes to exit after SIGTERM) is a
 * `shutdown` override; a preStop hook's `Delay` is a `sleep`, one that loops for ever is
 * `sleep infinity`. The e2e tests read exit code 137 as SIGKILL and 0 as a graceful exit:
 * here that is `killed(container)`. The pods they delete run to completion
 * (restartPolicy Never), so their deletion is the simulation's `deletion` phase.
 *
 * The two that delete a pod during its initialization use the `deletedAt` option, and the
 * grace period passed to the delete call is a terminationGracePeriodSeconds override.
 *
 * Translated here: 10 ginkgo.It of the 26 in this part, and 1 in e2e-node-failures.test.ts
 * ("should continue probing and allow regular container to start after the restartable
 * init container recovers", a failure then a restart). Left out (15), and why:
 * - node reboot (2: "should restart the containers in right order after the node reboot",
 *   "should handle an update during the node reboot") and kubelet restarts (13: "should
 *   handle an update during the kubelet restart" and the 12 "should not affect pod status
 *   when …" of "Not Change Container Status"): not part of a pod's life as written.
 */
import { describe, expect, it } from 'vitest';
import { init, pod, regular, sidecar } from './e2e-pods';
import { clockOf, type Clock } from './timeline';

const SIDECARS = ['restartable-init-1', 'restartable-init-2', 'restartable-init-3'] as const;
const preStopSleep = (seconds: number | 'infinity') => `, lifecycle: {preStop: {exec: {command: [sh, -c, "sleep ${seconds}"]}}}`;
const grace = (seconds: number) => `\n    terminationGracePeriodSeconds: ${seconds}`;
/** agnhost's TerminationSeconds, by container. */
const terminationSeconds = (seconds: Record<string, number>) => ({ k8sVersion: '1.36', overrides: { containers: Object.fromEntries(Object.entries(seconds).map(([c, shutdown]) => [c, { shutdown }])) } });

function expectSidecarsStartInOrderBefore(r: Clock, regularName: string): void {
  expect(r.startsBefore('restartable-init-1', 'restartable-init-2')).toBe(true);
  expect(r.startsBefore('restartable-init-1', 'restartable-init-3')).toBe(true);
  expect(r.startsBefore('restartable-init-2', 'restartable-init-3')).toBe(true);
  for (const s of SIDECARS) expect(r.startsBefore(s, regularName), `${s} starts before ${regularName}`).toBe(true);
}

function expectMainThenSidecarsInReverse(r: Clock): void {
  for (const s of SIDECARS) expect(r.exitsBefore('regular-1', s), `regular-1 exits before ${s}`).toBe(true);
  expect(r.exitsBefore('restartable-init-3', 'restartable-init-2')).toBe(true);
  expect(r.exitsBefore('restartable-init-2', 'restartable-init-1')).toBe(true);
}

/** The deletion's events about a container. */
const deletionEventsOf = (r: Clock, container: string) => (r.simulation.deletion?.events ?? []).filter((e) => e.container === container);

/** Which containers end with exit code 137 (SIGKILL), in declaration order. */
const killedOf = (r: Clock) => ['regular-1', ...SIDECARS].filter((c) => r.killed(c));

describe('A pod with restartable init containers is terminating: The PreStop hooks don\'t exit', () => {
  it('should terminate sidecars simultaneously if prestop doesn\'t exit', () => {
    const r = clockOf(
      pod('Never', SIDECARS.map((s) => sidecar(s, preStopSleep('infinity'))), [regular('regular-1', 5)]),
      terminationSeconds({ 'restartable-init-1': 5, 'restartable-init-2': 5, 'restartable-init-3': 5 }),
    );
    expectSidecarsStartInOrderBefore(r, 'regular-1');
    // All three are SIGKILLed (exit 137) at one instant, ~32 s (30 s of grace + the 2 s minimum) after their hooks began.
    expect(killedOf(r)).toEqual([...SIDECARS]);
    const hooks = SIDECARS.map((s) => r.at('preStop-begins', s));
    const kills = SIDECARS.map((s) => r.at('SIGKILL', s));
    expect(new Set(kills).size).toBe(1);
    SIDECARS.forEach((_, i) => expect((kills[i] ?? 0) - (hooks[i] ?? Infinity)).toBe(32));
    expect(r.simulation.shutdown.events.at(-1)?.kind).toBe('pod-completes');
  });
});

describe('A pod with restartable init containers is terminating: the restartable init containers have multiple PreStop hooks', () => {
  it('should call sidecar container PreStop hook simultaneously', () => {
    const r = clockOf(
      pod('Never', SIDECARS.map((s) => sidecar(s, preStopSleep(1))), [regular('regular-1', 5)]),
      terminationSeconds({ 'restartable-init-1': 5, 'restartable-init-2': 5, 'restartable-init-3': 5 }),
    );
    expectSidecarsStartInOrderBefore(r, 'regular-1');
    expectMainThenSidecarsInReverse(r);
    const hooks = SIDECARS.map((s) => r.at('preStop-begins', s));
    expect(hooks[0]).toBeDefined();
    expect(new Set(hooks).size).toBe(1); // all at once, when regular-1 has exited
    expect(hooks[0]).toBe(r.exited('regular-1'));
    expect(killedOf(r)).toEqual([]); // all Completed, exit 0
  });
});

describe('A pod with restartable init containers is terminating: Restartable init containers are terminated during initialization', () => {
  it('should not hang in termination if terminated during initialization', () => {
    const r = clockOf(
      pod('Never', [init('start-init', 300), ...SIDECARS.map((s) => sidecar(s, preStopSleep(1)))], [regular('regular-1', 5)]),
      // Deleted 10 s in, while start-init (Delay 300, TerminationSeconds 0) runs, with a grace period of 3 s.
      { k8sVersion: '1.36', deletedAt: 10, overrides: { terminationGracePeriodSeconds: 3, containers: { 'start-init': { shutdown: 0 } } } },
      'deletion',
    );
    expect(r.at('SIGTERM', 'start-init')).toBe(10);
    // The sidecars never started: no hook runs, nothing waits on them.
    for (const c of [...SIDECARS, 'regular-1']) expect(deletionEventsOf(r, c), c).toEqual([]);
    expect(r.simulation.deletion?.end).toBeLessThan(3 + 3);
  });
});

describe('A pod with restartable init containers is terminating: there is a non-started restartable init container', () => {
  it('should terminate restartable init containers gracefully if there is a non-started restartable init container', () => {
    const never = ', startupProbe: {exec: {command: ["false"]}, failureThreshold: 600}';
    const r = clockOf(
      pod('Never', [regular('init-1', 1), sidecar('restartable-init-2', never), sidecar('restartable-init-3')], [regular('regular-1', 600)], grace(180)),
      // Its startupProbe fails 600 times, 10 s apart: still not started when the pod is deleted 10 s in.
      { k8sVersion: '1.36', deletedAt: 10, overrides: { containers: { 'restartable-init-2': { startup: 6000, shutdown: 1 }, 'restartable-init-3': { shutdown: 1 }, 'regular-1': { shutdown: 1 } } } },
      'deletion',
    );
    expect(r.started('restartable-init-2')).toBeLessThan(10);
    expect(deletionEventsOf(r, 'restartable-init-3')).toEqual([]);
    expect(deletionEventsOf(r, 'regular-1')).toEqual([]);
    // It gets its signal at once and exits by itself, well before the 180 s grace period.
    expect(r.at('SIGTERM', 'restartable-init-2')).toBe(10);
    expect(r.killed('restartable-init-2')).toBe(false);
    expect(r.simulation.deletion?.end).toBeLessThanOrEqual(1 + 60);
  });
});

describe('A pod with restartable init containers is terminating: The restartable init containers exit with non-zero exit code', () => {
  it('should mark pod as succeeded if any of the restartable init containers have terminated with non-zero exit code', () => {
    // A container's exit code after SIGTERM is not simulated (only a run's own, the `exitCode`
    // assumption): what decides the phase here is that regular-1 exits by itself after
    // SIGTERM (exit 0) and is not killed; a sidecar's exit code does not count.
    const r = clockOf(
      pod('Never', SIDECARS.map((s) => sidecar(s)), [regular('regular-1', 600)], grace(30)),
      terminationSeconds({ 'regular-1': 1, 'restartable-init-1': 1, 'restartable-init-2': 1, 'restartable-init-3': 1 }),
      'deletion',
    );
    expectMainThenSidecarsInReverse(r);
    expect(killedOf(r)).toEqual([]);
  });
});

describe('A pod with restartable init containers is terminating: The restartable init containers exit with non-zero exit code by prestop hook', () => {
  it('should mark pod as succeeded if any of the restartable init containers have terminated with non-zero exit code by prestop hook', () => {
    const r = clockOf(
      pod('Never', SIDECARS.map((s) => sidecar(s, preStopSleep(1))), [regular('regular-1', 600)], grace(30)),
      terminationSeconds({ 'regular-1': 1, 'restartable-init-1': 1, 'restartable-init-2': 1, 'restartable-init-3': 1 }),
      'deletion',
    );
    const deleted = r.simulation.startup.end ?? Infinity;
    // The sidecars' hooks start with the deletion, before the main container has exited.
    for (const s of SIDECARS) expect(r.at('preStop-begins', s)).toBe(deleted);
    expectMainThenSidecarsInReverse(r);
    expect(killedOf(r)).toEqual([]); // restartable init containers are Completed even if their prestop hooks fail
  });
});

describe('A pod with restartable init containers is terminating: grace period seconds exceeded', () => {
  it('should mark pod as failed if regular container has exceeded its termination grace period seconds', () => {
    const r = clockOf(
      pod('Never', SIDECARS.map((s) => sidecar(s)), [regular('regular-1', 600)], grace(5)),
      terminationSeconds({ 'regular-1': 20, 'restartable-init-1': 20, 'restartable-init-2': 1, 'restartable-init-3': 20 }),
      'deletion',
    );
    const deleted = r.simulation.startup.end ?? Infinity;
    // regular-1 gets SIGTERM at once and is killed at the deadline, with the whole grace period used.
    expect(r.at('SIGKILL', 'regular-1')).toBe(deleted + 5);
    // restartable-init-2 exits within the 2 s the kubelet still gives it: no SIGKILL.
    expect(killedOf(r)).toEqual(['regular-1', 'restartable-init-1', 'restartable-init-3']);
  });

  it('should mark pod as succeeded if any of the restartable init containers have exceeded its termination grace period seconds', () => {
    const r = clockOf(
      pod('Never', SIDECARS.map((s) => sidecar(s)), [regular('regular-1', 600)], grace(5)),
      terminationSeconds({ 'regular-1': 1, 'restartable-init-1': 1, 'restartable-init-2': 20, 'restartable-init-3': 1 }),
      'deletion',
    );
    expect(killedOf(r)).toEqual(['restartable-init-2']);
    expectMainThenSidecarsInReverse(r);
  });

  it('should mark pod as failed if any of the prestop hook in regular container has exceeded its termination grace period seconds', () => {
    const r = clockOf(
      pod('Never', SIDECARS.map((s) => sidecar(s)), [regular('regular-1', 600, preStopSleep(20))], grace(5)),
      terminationSeconds({ 'regular-1': 20, 'restartable-init-1': 1, 'restartable-init-2': 20, 'restartable-init-3': 1 }),
      'deletion',
    );
    const deleted = r.simulation.startup.end ?? Infinity;
    // The hook is cut at the deadline; then SIGTERM with the kubelet's 2 s minimum.
    expect(r.at('SIGTERM', 'regular-1')).toBe(deleted + 5);
    expect(r.at('SIGKILL', 'regular-1')).toBe(deleted + 7);
    expect(killedOf(r)).toEqual(['regular-1', 'restartable-init-2']);
  });

  it('should mark pod as succeeded if any of the prestop hook in restartable init containers have exceeded its termination grace period seconds', () => {
    const r = clockOf(
      pod('Never', [sidecar('restartable-init-1', preStopSleep(1)), sidecar('restartable-init-2', preStopSleep(30)), sidecar('restartable-init-3', preStopSleep(1))], [regular('regular-1', 600)], grace(5)),
      terminationSeconds({ 'regular-1': 1, 'restartable-init-1': 1, 'restartable-init-2': 20, 'restartable-init-3': 1 }),
      'deletion',
    );
    const deleted = r.simulation.startup.end ?? Infinity;
    expect(killedOf(r)).toEqual(['restartable-init-2']);
    // restartable-init-1 waits for restartable-init-2 until the deadline (its turn comes last), then gets SIGTERM.
    expect(r.at('SIGTERM', 'restartable-init-1')).toBe(deleted + 5);
    expect(r.exitsBefore('regular-1', 'restartable-init-3')).toBe(true);
    expect(r.exitsBefore('restartable-init-3', 'restartable-init-2')).toBe(true);
  });
});
