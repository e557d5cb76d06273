import { describe, expect, it } from 'vitest';
import { podOf } from '../diagram/testPods';
import { followSelection, type Selection } from './selection';

const pod = (containers: string, volumes = 'a, b') =>
  podOf(
    `kind: Pod\nspec:\n  containers: [${containers
      .split(', ')
      .map((n) => `{name: ${n}, volumeMounts: [{name: a, mountPath: /a}]}`)
      .join(', ')}]\n  volumes: [${volumes
      .split(', ')
      .map((n) => `{name: ${n}, emptyDir: {}}`)
      .join(', ')}]\n`,
  );

describe('the selection across a text change', () => {
  it('follows a renamed container, and a mount of it, to the new name', () => {
    const before = pod('app, log');
    const after = pod('apps, log');
    expect(followSelection(before, after, { type: 'container', id: 'app' })).toEqual({ type: 'container', id: 'apps' });
    expect(followSelection(before, after, { type: 'mount', containerId: 'app', index: 0 })).toEqual({ type: 'mount', containerId: 'apps', index: 0 });
  });

  it('follows a renamed volume', () => {
    expect(followSelection(pod('app'), pod('app', 'data, b'), { type: 'volume', name: 'a' })).toEqual({ type: 'volume', name: 'data' });
  });

  it('does not jump to the neighbour that moved up when the selected element was deleted', () => {
    const selected: Selection = { type: 'container', id: 'app' };
    expect(followSelection(pod('app, log'), pod('log'), selected)).toBe(selected);
    const volume: Selection = { type: 'volume', name: 'a' };
    expect(followSelection(pod('app'), pod('app', 'b'), volume)).toBe(volume);
  });

  it('follows a container renamed to a name used before it, whose id is then its place', () => {
    expect(followSelection(pod('app, log'), pod('app, app'), { type: 'container', id: 'log' })).toEqual({ type: 'container', id: 'containers[1]' });
  });

  it('is the same object when nothing it names changed', () => {
    const selections: Selection[] = [{ type: 'container', id: 'log' }, { type: 'volume', name: 'b' }, { type: 'pod' }, { type: 'network' }];
    for (const selection of selections) expect(followSelection(pod('app, log'), pod('apps, log'), selection)).toBe(selection);
    expect(followSelection(pod('app'), pod('app'), undefined)).toBeUndefined();
  });
});
