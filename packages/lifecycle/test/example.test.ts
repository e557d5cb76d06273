/**
 * The app's example pod (web/examples/log-collector.yaml): Fluent Bit as a native sidecar
 * beside nginx. What the timeline shows first, so it is pinned here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LifecycleEvent } from '../src';
import { simulate } from '../src/simulate/simulate';
import { podOf } from './timeline';

const EXAMPLE = join(import.meta.dirname, '../../../web/examples/log-collector.yaml');

const examplePod = () => podOf(readFileSync(EXAMPLE, 'utf8'));

const at = (events: readonly LifecycleEvent[], kind: string, container: string) => events.find((e) => e.kind === kind && e.container === container)?.at;

describe('the example pod (log collector as a native sidecar)', () => {
  it('starts the sidecar first, stops it last, and loses nothing on 1.36', () => {
    const s = simulate(examplePod(), { k8sVersion: '1.36' });
    const startup = s.startup.events;
    expect(startup.findIndex((e) => e.container === 'log-collector')).toBeLessThan(startup.findIndex((e) => e.container === 'app'));
    expect(s.startup.end).toBe(1);
    const stop = s.shutdown.events;
    expect(at(stop, 'SIGTERM', 'app')).toBe(0);
    expect(at(stop, 'exited', 'app')).toBe(2);
    expect(at(stop, 'SIGTERM', 'log-collector')).toBe(2);
    expect(at(stop, 'exited', 'log-collector')).toBe(7); // Fluent Bit's Grace of 5 s
    expect(stop.find((e) => e.kind === 'SIGTERM' && e.container === 'log-collector')?.text).toMatch(/"log-collector" gets SIGTERM.*: it stops reading its inputs and flushes\./);
    expect(s.shutdown.deadline).toBe(30);
    expect(s.problems).toEqual([]);
    expect(s.notes).toEqual([]);
    expect(s.assumptions.containers['log-collector']?.shutdown).toMatchObject({ seconds: 5, source: 'default' });
  });

  it('is stuck in Init on 1.28, where restartPolicy: Always is dropped', () => {
    const s = simulate(examplePod(), { k8sVersion: '1.28' });
    expect(s.startup.end).toBeUndefined();
    expect(s.problems.map((p) => [p.kind, p.rule, p.containers])).toEqual([['sidecar-dropped', 'native-sidecar-unsupported-version', ['log-collector']]]);
    expect(s.startup.tracks.find((t) => t.container === 'app')?.spans).toEqual([{ from: 0, to: undefined, state: 'waiting' }]);
    expect(s.notes.join(' ')).toMatch(/SidecarContainers feature gate, alpha and off by default/);
  });

  it('takes the user\'s overrides', () => {
    const s = simulate(examplePod(), { k8sVersion: '1.36', overrides: { terminationGracePeriodSeconds: 4, containers: { app: { shutdown: 3 } } } });
    expect(s.assumptions.terminationGracePeriodSeconds.source).toBe('user');
    // app exits at 3; Fluent Bit gets SIGTERM at 3, would need 5 s: 1 s of grace is left,
    // raised to the kubelet's minimum of 2 s: SIGKILL at 5.
    expect(at(s.shutdown.events, 'SIGKILL', 'log-collector')).toBe(5);
    expect(s.problems.map((p) => [p.kind, p.rule])).toEqual([['killed-at-deadline', 'grace-period-exhausted']]);
  });
});
