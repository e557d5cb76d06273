import { describe, expect, it } from 'vitest';
import { breakPath, markerPath } from './shapes';

describe('breakPath', () => {
  it('draws two zigzags from top to bottom, side by side', () => {
    const d = breakPath(100, 0, 12);
    expect(d).toBe('M97 0L100 6L94 12M103 0L106 6L100 12');
  });
});

describe('markerPath', () => {
  const at = (kind: Parameters<typeof markerPath>[0]['kind']) => markerPath({ key: 'k', kind, x: 50, y0: 10, y1: 32, title: '' });

  it('gives each container marker its own shape', () => {
    const shapes = ['sigterm', 'sigkill', 'hook-start', 'hook-end'].map((k) => at(k as never));
    expect(new Set(shapes).size).toBe(4);
    expect(at('sigterm')).toBe('M45 10h10l-5 7z');
  });

  it('leaves the pod’s markers to be drawn as lines', () => {
    expect(at('deadline')).toBeUndefined();
    expect(at('termination')).toBeUndefined();
  });
});
