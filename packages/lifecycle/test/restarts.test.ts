/**
 * Failures and restarts beyond the e2e scenarios: the back-off, a Job's container that
 * fails and then succeeds under OnFailure or fails the pod under Never, and the
 * assumptions they rest on (read from the pod, or the user's).
 */
import { describe, expect, it } from 'vitest';
import { yaml } from '../../../test-support/yaml';
import { backOffSeconds } from '../src/simulate/runs';
import { clockOf } from './timeline';

/** A pod that runs to completion, as a Job's does. */
const job = (restartPolicy: string, command: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: migrate}
  spec:
    restartPolicy: ${restartPolicy}
    containers:
    - {name: work, image: busybox:1.36, command: [sh, -c, "${command}"]}`;

describe('restarts', () => {
  it('wait 10 s, doubling, at most 5 min (the kubelet\'s documented back-off)', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(backOffSeconds)).toEqual([10, 20, 40, 80, 160, 300, 300]);
  });

  it('restartPolicy OnFailure: a run-to-completion pod\'s container that fails twice is run again, and the third run completes the pod', () => {
    const r = clockOf(job('OnFailure', 'sleep 5; exit 1'), { k8sVersion: '1.36', overrides: { containers: { work: { failures: 2 } } } });
    const runs = r.events.filter((e) => e.container === 'work' && (e.kind === 'started' || e.kind === 'restarted')).map((e) => e.at);
    expect(runs).toEqual([0, 15, 40]); // exits at 5 and 20; back-off 10 then 20 s
    expect(r.events.filter((e) => e.container === 'work' && e.kind === 'exited').map((e) => e.text.slice(0, 24))).toEqual(['"work" exits 1 after 5 s', '"work" exits 1 after 5 s', '"work" exits 0 after 5 s']);
    expect(r.simulation.shutdown.events.at(-1)?.kind).toBe('pod-completes');
    expect(r.simulation.problems).toEqual([]);
  });

  it('restartPolicy OnFailure: a run-to-completion pod\'s container that fails every run never completes (CrashLoopBackOff)', () => {
    const r = clockOf(job('OnFailure', 'sleep 5; exit 1'));
    expect(r.simulation.shutdown.end).toBeUndefined();
    expect(r.simulation.problems.map((p) => [p.kind, p.phase, p.rule])).toEqual([['crash-loop', 'completion', undefined]]);
  });

  it('restartPolicy Never: a run-to-completion pod\'s container that exits 1 fails the pod', () => {
    const r = clockOf(job('Never', 'sleep 5; exit 1'));
    expect(r.simulation.shutdown.events.map((e) => e.kind)).toEqual(['exited', 'pod-fails']);
    expect(r.simulation.problems.map((p) => p.kind)).toEqual(['pod-fails']);
    expect(r.simulation.problems[0]?.text).toMatch(/"work" fails \(it exits 1: its command exits 1\) and restartPolicy is Never: the pod fails/);
  });

  it('read the exit code from the command, default to 0 and every run, and take the user\'s values only when they are ones', () => {
    const stated = clockOf(job('Never', 'sleep 5; exit 3')).simulation.assumptions.containers.work;
    expect(stated?.exitCode).toEqual({ count: 3, source: 'pod', why: 'its command exits 3' });
    const plain = clockOf(job('Never', 'sleep 5')).simulation.assumptions.containers.work;
    expect([plain?.exitCode.count, plain?.exitCode.source, plain?.failures.count]).toEqual([0, 'default', Infinity]);
    const user = clockOf(job('Never', 'sleep 5'), { k8sVersion: '1.36', overrides: { containers: { work: { exitCode: 300, failures: 1.5 } } } }).simulation.assumptions.containers.work;
    expect([user?.exitCode.source, user?.failures.source]).toEqual(['default', 'default']);
  });

  it('stop at a deletion only the containers running then, not one in back-off', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        containers:
        - {name: app, image: nginx:1.27}
        - {name: crashy, image: busybox:1.36, command: [sh, -c, "sleep 1; exit 1"]}`;
    const r = clockOf(text, { k8sVersion: '1.36', overrides: { containers: { crashy: { run: 1 } } } });
    const deletion = r.simulation.shutdown;
    expect(deletion.kind).toBe('termination');
    expect(deletion.events.filter((e) => e.kind === 'SIGTERM').map((e) => e.container)).toEqual(['app']);
    expect(r.simulation.problems.map((p) => [p.kind, p.containers[0]])).toEqual([['crash-loop', 'crashy']]);
  });
});
