import { describe, expect, test } from 'vitest';
import { defaultMountPath, mountPathError } from './mountPath';
import { FULL_POD, podOf } from './testPods';

const app = podOf(FULL_POD).containers.find((c) => c.name === 'app')!;

describe('defaultMountPath', () => {
  test('is /mnt/<volume>', () => {
    expect(defaultMountPath('data', app)).toBe('/mnt/data');
  });

  test('avoids a path the container already uses', () => {
    const taken = { ...app, mounts: [...app.mounts, { ...app.mounts[0]!, mountPath: '/mnt/data' }] };
    expect(defaultMountPath('data', taken)).toBe('/mnt/data-2');
  });
});

describe('mountPathError', () => {
  test('accepts a new absolute path', () => {
    expect(mountPathError('/data', app)).toBeUndefined();
  });

  test('refuses empty, relative and already used paths', () => {
    expect(mountPathError('', app)).toBe('Required value');
    expect(mountPathError('data', app)).toMatch(/absolute/);
    expect(mountPathError('/var/log/app', app)).toMatch(/^must be unique/);
  });
});
