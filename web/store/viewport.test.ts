import { describe, expect, it } from 'vitest';
import { loadViewport, saveViewport } from './persistence';

function memory(initial: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map(Object.entries(initial));
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('saved viewports', () => {
  it('keeps the pan and zoom per document, and forgets one on request', () => {
    const storage = memory();
    saveViewport('Pod//web', { x: 10, y: -20, zoom: 1.5 }, storage);
    saveViewport('Deployment/shop/api', { x: 0, y: 0, zoom: 0.5 }, storage);
    expect(loadViewport('Pod//web', storage)).toEqual({ x: 10, y: -20, zoom: 1.5 });
    expect(loadViewport('Deployment/shop/api', storage)).toEqual({ x: 0, y: 0, zoom: 0.5 });
    saveViewport('Pod//web', undefined, storage);
    expect(loadViewport('Pod//web', storage)).toBeUndefined();
    expect(loadViewport('Deployment/shop/api', storage)).toEqual({ x: 0, y: 0, zoom: 0.5 });
  });

  it('keeps the 20 most recently saved', () => {
    const storage = memory();
    for (let i = 0; i < 25; i++) saveViewport(`Pod//p${i}`, { x: i, y: 0, zoom: 1 }, storage);
    expect(loadViewport('Pod//p4', storage)).toBeUndefined();
    expect(loadViewport('Pod//p5', storage)).toEqual({ x: 5, y: 0, zoom: 1 });
    saveViewport('Pod//p5', { x: 50, y: 0, zoom: 1 }, storage); // saved again: now the newest
    saveViewport('Pod//p25', { x: 25, y: 0, zoom: 1 }, storage);
    expect(loadViewport('Pod//p5', storage)).toEqual({ x: 50, y: 0, zoom: 1 });
    expect(loadViewport('Pod//p6', storage)).toBeUndefined();
  });

  it('ignores what is not a viewport, and keys such as __proto__ stay plain keys', () => {
    const storage = memory({
      'podsmith.viewports.v1': JSON.stringify({ a: { x: 1, y: 2, zoom: 0 }, b: { x: 'no', y: 0, zoom: 1 }, c: null, d: { x: 1, y: 2, zoom: 2 } }),
    });
    expect(loadViewport('a', storage)).toBeUndefined();
    expect(loadViewport('b', storage)).toBeUndefined();
    expect(loadViewport('c', storage)).toBeUndefined();
    expect(loadViewport('d', storage)).toEqual({ x: 1, y: 2, zoom: 2 });
    saveViewport('__proto__', { x: 3, y: 4, zoom: 1 }, storage);
    expect(loadViewport('__proto__', storage)).toEqual({ x: 3, y: 4, zoom: 1 });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(loadViewport('x', memory({ 'podsmith.viewports.v1': 'not json' }))).toBeUndefined();
  });
});
