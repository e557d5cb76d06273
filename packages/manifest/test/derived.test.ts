import { describe, expect, it } from 'vitest';
import { Derived } from '../src/derived';

describe('Derived', () => {
  it('keeps a value per owner, and only for that owner', () => {
    const sizes = new Derived<object, number>('size');
    const a = { name: 'a' };
    const b = { name: 'b' };
    expect(sizes.get(a)).toBeUndefined();
    sizes.set(a, 1);
    expect(sizes.get(a)).toBe(1);
    expect(sizes.get(b)).toBeUndefined();
    sizes.set(a, 2);
    expect(sizes.get(a)).toBe(2);
  });

  it('keeps two kinds of value on one owner apart', () => {
    const first = new Derived<object, string>('same name');
    const second = new Derived<object, string>('same name');
    const owner = {};
    first.set(owner, 'one');
    second.set(owner, 'two');
    expect([first.get(owner), second.get(owner)]).toEqual(['one', 'two']);
  });

  it('is invisible in the owner: keys, JSON, spreads, clones and equality do not see it', () => {
    const views = new Derived<object, string>('view');
    const owner = { kind: 'Pod', spec: { containers: [] } };
    views.set(owner, 'derived');
    expect(Object.keys(owner)).toEqual(['kind', 'spec']);
    expect(JSON.stringify(owner)).toBe('{"kind":"Pod","spec":{"containers":[]}}');
    expect(views.get({ ...owner })).toBeUndefined();
    expect(views.get(structuredClone(owner))).toBeUndefined();
    expect(owner).toStrictEqual({ kind: 'Pod', spec: { containers: [] } });
  });

  it('works for an owner that cannot take a property', () => {
    const views = new Derived<object, string>('view');
    const frozen = Object.freeze({ kind: 'Pod' });
    views.set(frozen, 'derived');
    expect(views.get(frozen)).toBe('derived');
    expect(Object.getOwnPropertySymbols(frozen)).toEqual([]);
  });
});
