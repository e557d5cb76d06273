/**
 * Values computed once from an immutable object (a parse, a pod view, a document's data)
 * and kept with it, for as long as it lives: what a WeakMap is for, stored differently.
 *
 * Why not a WeakMap: V8's minor collector keeps a WeakMap's value alive while the map
 * holds it, whatever becomes of the key, so every parse the map remembered survived its
 * first minor collection and was copied to the old generation. The CLI over the corpus
 * copied 10 times (3,930 files) promoted 215 MB that way, against 7 MB for a bare parse,
 * and paused 1.18 s of its 7 s for minor collections (0.63 s without). Stored on the key under a symbol of its
 * own (not enumerable: spreads, JSON, structuredClone and equality never see it), the
 * value dies with the key. An object that cannot take a property (frozen) falls back to a
 * WeakMap.
 */
export class Derived<K extends object, V> {
  readonly #slot: symbol;
  readonly #frozen = new WeakMap<K, V>();

  /** `what` names the slot, for a reader of a heap snapshot. */
  constructor(what: string) {
    this.#slot = Symbol(what);
  }

  get(owner: K): V | undefined {
    return Object.hasOwn(owner, this.#slot) ? ((owner as Record<symbol, V>)[this.#slot]) : this.#frozen.get(owner);
  }

  set(owner: K, value: V): void {
    if (Object.isExtensible(owner)) Object.defineProperty(owner, this.#slot, { value, writable: true, configurable: true });
    else this.#frozen.set(owner, value);
  }

}
