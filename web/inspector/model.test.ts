import { describe, expect, it } from 'vitest';
import { laneLabel, mountsOf, podSummary, resolveTarget } from './model';
import { POD_YAML, containerOf, podFrom } from './testPod';

const pod = podFrom(POD_YAML);

describe('resolveTarget', () => {
  it('opens the selected container, or its container for a selected mount', () => {
    expect(resolveTarget(pod, { type: 'container', id: 'app' })).toEqual({ type: 'container', container: containerOf(pod, 'app') });
    expect(resolveTarget(pod, { type: 'mount', containerId: 'log-collector', index: 0 })).toMatchObject({ container: { name: 'log-collector' } });
  });

  it('opens the selected volume', () => {
    expect(resolveTarget(pod, { type: 'volume', name: 'config' })).toEqual({ type: 'volume', volume: pod.volumes[1] });
  });

  it('falls back to the pod for nothing, the network, and a selection that is gone', () => {
    expect(resolveTarget(pod, undefined)).toEqual({ type: 'pod' });
    expect(resolveTarget(pod, { type: 'network' })).toEqual({ type: 'pod' });
    expect(resolveTarget(pod, { type: 'container', id: 'gone' })).toEqual({ type: 'pod' });
    expect(resolveTarget(pod, { type: 'volume', name: 'gone' })).toEqual({ type: 'pod' });
  });
});

describe('laneLabel', () => {
  it('tells the lane and the start order', () => {
    expect(laneLabel(containerOf(pod, 'migrate'))).toBe('init container, starts 1st and must exit before the next one starts');
    expect(laneLabel(containerOf(pod, 'log-collector'))).toMatch(/^native sidecar \(restartPolicy: Always\), starts 2nd/);
    expect(laneLabel(containerOf(pod, 'app'))).toBe('main container');
  });
});

describe('mountsOf', () => {
  it('lists each container mounting a volume, with where', () => {
    expect(mountsOf(pod, 'logs').map((u) => `${u.container.name}:${u.mount.mountPath}`)).toEqual([
      'log-collector:/var/log/app',
      'app:/var/log/nginx',
    ]);
    expect(mountsOf(pod, 'none')).toEqual([]);
  });
});

describe('podSummary', () => {
  it('counts containers by lane and volumes', () => {
    expect(podSummary(pod)).toBe('Pod web: 1 init, 1 native sidecar, 1 main container; 2 volumes.');
  });

  it('leaves out empty lanes', () => {
    const bare = podFrom('kind: Job\napiVersion: batch/v1\nmetadata: {name: m}\nspec:\n  template:\n    spec:\n      containers:\n      - {name: a, image: b}\n');
    expect(podSummary(bare)).toBe('Job m: 1 main container; 0 volumes.');
  });
});
