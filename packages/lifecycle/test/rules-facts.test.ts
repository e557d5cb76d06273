/**
 * One test per ordering fact of "Native sidecars in brief" (the project's RULES.md, from
 * KEP-753, KEP-5307, KEP-4438 and the Kubernetes docs), on the simulated events.
 */
import { describe, expect, it } from 'vitest';
import { yaml } from '../../../test-support/yaml';
import { clockOf } from './timeline';

const web = (spec: string, kind = 'Pod') => yaml`
  apiVersion: v1
  kind: ${kind}
  metadata: {name: facts}
  spec:
${spec.split('\n').map((l) => `    ${l}`).join('\n')}`;

describe('Native sidecars in brief', () => {
  it('a native sidecar is an init container with restartPolicy: Always; without the feature (1.28) it becomes a plain init container that never exits', () => {
    const text = web(`initContainers:\n- {name: proxy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always}\ncontainers:\n- {name: app, image: example/app:1}`);
    expect(clockOf(text).started('app')).toBeDefined();
    const old = clockOf(text, { k8sVersion: '1.28' });
    expect(old.started('app')).toBeUndefined();
    expect(old.simulation.startup.end).toBeUndefined();
    expect(old.simulation.problems.map((p) => p.kind)).toEqual(['sidecar-dropped']);
  });

  it('init containers run one at a time, in declaration order', () => {
    const r = clockOf(web(`initContainers:\n- {name: a, image: busybox:1, command: [sleep, "3"]}\n- {name: b, image: busybox:1, command: [sleep, "2"]}\ncontainers:\n- {name: app, image: example/app:1}`));
    expect(r.started('b')).toBe(r.exited('a'));
    expect(r.started('app')).toBe(5);
  });

  it('a sidecar counts as started once its startupProbe has passed and its postStart hook finished; only then does the next container start', () => {
    const r = clockOf(web(`initContainers:\n- name: proxy\n  image: envoyproxy/envoy:v1.31.0\n  restartPolicy: Always\n  startupProbe: {tcpSocket: {port: 9901}, initialDelaySeconds: 2, periodSeconds: 1}\n  lifecycle: {postStart: {exec: {command: [sh, -c, "sleep 4"]}}}\n  ports: [{containerPort: 9901}]\ncontainers:\n- {name: app, image: example/app:1}`));
    expect(r.started('app')).toBe(4); // the later of the probe (2 + 1) and the hook (4)
  });

  it('readiness never holds startup back', () => {
    const r = clockOf(web(`initContainers:\n- {name: shipper, image: fluent/fluent-bit:3.1, restartPolicy: Always, readinessProbe: {httpGet: {port: 2020}, initialDelaySeconds: 30}}\ncontainers:\n- {name: app, image: example/app:1}`));
    expect(r.started('app')).toBe(0);
  });

  it('regular containers start after every init container has finished and every sidecar has started', () => {
    const r = clockOf(web(`initContainers:\n- {name: migrate, image: busybox:1, command: [sleep, "2"]}\n- {name: proxy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always, startupProbe: {httpGet: {port: 9901}, periodSeconds: 3}}\ncontainers:\n- {name: app, image: example/app:1}\n- {name: worker, image: example/worker:1}`));
    expect(r.started('app')).toBe(5);
    expect(r.started('worker')).toBe(5);
  });

  it('at termination every preStop hook starts at once, sidecars\' too', () => {
    const s = clockOf(web(`initContainers:\n- {name: proxy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always, lifecycle: {preStop: {sleep: {seconds: 3}}}}\ncontainers:\n- {name: app, image: example/app:1, lifecycle: {preStop: {sleep: {seconds: 5}}}}`)).simulation.shutdown;
    expect(s.events.filter((e) => e.kind === 'preStop-begins').map((e) => [e.container, e.at])).toEqual([['proxy', 0], ['app', 0]]);
  });

  it('sidecars get SIGTERM only after the last regular container has exited, one at a time in reverse declaration order', () => {
    const s = clockOf(web(`initContainers:\n- {name: first, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always}\n- {name: second, image: fluent/fluent-bit:3.1, restartPolicy: Always}\ncontainers:\n- {name: app, image: example/app:1, lifecycle: {preStop: {sleep: {seconds: 4}}}}`)).simulation.shutdown;
    const sigterm = (c: string) => s.events.find((e) => e.kind === 'SIGTERM' && e.container === c)?.at;
    const exit = (c: string) => s.events.find((e) => e.kind === 'exited' && e.container === c)?.at;
    expect([sigterm('app'), exit('app')]).toEqual([4, 6]);
    expect(sigterm('second')).toBe(6);
    expect(sigterm('first')).toBe(exit('second')); // 6 + Fluent Bit's 5 s
    expect(sigterm('first')).toBe(11);
  });

  it('terminationGracePeriodSeconds is one budget for the whole pod: at its end every remaining container gets SIGTERM, and SIGKILL 2 s later', () => {
    const s = clockOf(web(`terminationGracePeriodSeconds: 10\ninitContainers:\n- {name: a, image: fluent/fluent-bit:3.1, restartPolicy: Always}\n- {name: b, image: fluent/fluent-bit:3.1, restartPolicy: Always}\ncontainers:\n- {name: app, image: example/app:1, lifecycle: {preStop: {sleep: {seconds: 6}}}}`), {
      k8sVersion: '1.36',
      overrides: { containers: { a: { shutdown: 5 }, b: { shutdown: 5 } } },
    }).simulation.shutdown;
    // app exits at 8; b gets SIGTERM at 8, still flushing at the deadline (10); a gets SIGTERM at the deadline; both are gone by 12.
    expect(s.deadline).toBe(10);
    expect(s.events.find((e) => e.kind === 'SIGTERM' && e.container === 'a')?.at).toBe(10);
    expect(s.events.find((e) => e.kind === 'SIGKILL' && e.container === 'a')?.at).toBe(12);
    expect(s.events.find((e) => e.kind === 'grace-period-deadline')?.at).toBe(10);
  });

  it('jobs: sidecars do not block completion', () => {
    const s = clockOf(web(`template:\n  spec:\n    restartPolicy: Never\n    initContainers:\n    - {name: shipper, image: fluent/fluent-bit:3.1, restartPolicy: Always}\n    containers:\n    - {name: work, image: busybox:1, command: [sleep, "7"]}`, 'Job')).simulation;
    expect(s.shutdown.kind).toBe('completion');
    expect(s.shutdown.events.find((e) => e.kind === 'SIGTERM' && e.container === 'shipper')?.at).toBe(7);
    expect(s.shutdown.events.at(-1)?.kind).toBe('pod-completes');
    expect(s.problems).toEqual([]);
  });

  it('from 1.35, restartPolicy: Always on a regular container only restarts it: no start-before, and it still keeps a Job from completing', () => {
    const text = web(`template:\n  spec:\n    restartPolicy: Never\n    containers:\n    - {name: work, image: busybox:1, command: [sleep, "7"]}\n    - {name: helper, image: busybox:1, command: [sleep, "3"], restartPolicy: Always}`, 'Job');
    const r = clockOf(text, { k8sVersion: '1.35' });
    expect(r.started('helper')).toBe(r.started('work'));
    expect(r.simulation.shutdown.end).toBeUndefined();
    expect(r.simulation.problems.map((p) => [p.kind, p.containers[0]])).toEqual([['never-completes', 'helper']]);
    expect(clockOf(text, { k8sVersion: '1.34' }).simulation.shutdown.end).toBe(7);
  });

  it('a sidecar whose preStop makes it exit is gone while the app drains, and is not restarted during termination (KEP-4438)', () => {
    const s = clockOf(web(`initContainers:\n- {name: proxy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always, lifecycle: {preStop: {exec: {command: [sh, -c, "kill 1"]}}}}\ncontainers:\n- {name: app, image: example/app:1, lifecycle: {preStop: {sleep: {seconds: 5}}}}`)).simulation;
    expect(s.shutdown.events.filter((e) => e.kind === 'started')).toEqual([]);
    expect(s.problems.filter((p) => p.phase === 'termination').map((p) => [p.kind, p.rule, p.from, p.to])).toEqual([['sidecar-gone-early', 'sidecar-prestop-exits', 1, 7]]);
  });

  it('a regular log shipper gets SIGTERM with the app: the lines the app writes after it stopped reading are lost', () => {
    const s = clockOf(web(`containers:\n- {name: app, image: example/app:1, lifecycle: {preStop: {sleep: {seconds: 5}}}}\n- {name: fluent-bit, image: fluent/fluent-bit:3.1}`)).simulation;
    expect(s.shutdown.events.find((e) => e.kind === 'SIGTERM' && e.container === 'fluent-bit')?.text).toBe('"fluent-bit" gets SIGTERM at once (no preStop hook; regular containers are stopped together, in no set order): it stops reading its inputs and flushes.');
    expect(s.problems.map((p) => [p.kind, p.from, p.to])).toEqual([['lost-logs', 0, 7]]);
  });
});
