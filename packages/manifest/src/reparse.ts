/**
 * Typing inside a value, without parsing the file again.
 *
 * Most keystrokes change one plain scalar on one line: a name, an image, a path, a
 * port. For those, the tree of the new text is the previous tree with that scalar's
 * value replaced and every offset after it moved by the length change. Building it that
 * way costs a copy of the part of the tree after the change instead of a parse.
 * Anything else, or anything this module is not sure of, returns undefined and the
 * caller parses the whole text. The test (test/reparse.test.ts) types into values of
 * every corpus file and of the stress manifest and compares the result with a full
 * parse, node by node and offset by offset.
 */
import { Alias, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { diffText } from './textPatch';

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * A plain scalar that stays a plain scalar on one line whatever its neighbours: no
 * spaces, no indicators (`#`, `,`, `[`, `{`, quotes, `&`, `*`, `!`, `|`, `>`), and a colon
 * only between two such characters (`nginx:1.27`), never before a space or the line end.
 */
const SAFE_PLAIN_SCALAR = /^[A-Za-z0-9_./~=+$^()][A-Za-z0-9_./~=+$^()@%-]*(?::[A-Za-z0-9_./~=+$^()@%-]+)*$/;

/** Longest typed or pasted run this path takes; longer changes are rarely inside one value. */
const MAX_CHANGE = 256;

/** An offset into the old text → the same place in the new one. */
type Shift = (x: number) => number;

/** The new text's documents, and what changed in the plain data. */
export interface ScalarEdit {
  readonly docs: Document.Parsed[];
  /** Index of the document typed into; the others read as before. */
  readonly docIndex: number;
  /**
   * Where the value sits in that document's plain data (keys and indexes), and what it
   * now reads as; undefined when the plain data cannot be patched at one place (a
   * collection on the way is anchored, so an alias may copy it, or a key is not a string).
   */
  readonly data: { readonly path: readonly (string | number)[]; readonly value: unknown } | undefined;
}

/**
 * The `yaml` documents of `text`, built from `previousDocs` (the documents of
 * `previousText`, left untouched), when the two texts differ only inside one plain
 * scalar value in block context; undefined otherwise.
 */
export function reparseScalarEdit(
  previousText: string,
  previousDocs: readonly Document.Parsed[],
  text: string,
  options: Options,
): ScalarEdit | undefined {
  if (previousDocs.length === 0 || previousDocs.some((doc) => doc.errors.length > 0 || doc.warnings.length > 0)) return undefined;
  const patch = diffText(previousText, text);
  if (patch.to - patch.from > MAX_CHANGE || patch.insert.length > MAX_CHANGE) return undefined;

  const docIndex = previousDocs.findIndex((doc) => doc.range[0] <= patch.from && patch.to <= doc.range[2]);
  const doc = previousDocs[docIndex];
  if (!doc) return undefined;
  const located = findValueScalar(doc.contents, patch.from, patch.to);
  if (!located) return undefined;
  const found = located.scalar;
  const [start, valueEnd] = found.range!;
  const oldSource = previousText.slice(start, valueEnd);
  if (!SAFE_PLAIN_SCALAR.test(oldSource)) return undefined;
  const delta = patch.insert.length - (patch.to - patch.from);
  const newSource = text.slice(start, valueEnd + delta);
  const resolved = resolvePlainScalar(newSource, options);
  if (!resolved) return undefined;

  // Offsets after the scalar's start and at or after the change move; the scalar's own start stays.
  const shift: Shift = (x) => (x > start && x >= patch.to ? x + delta : x);
  try {
    const docs = previousDocs.map((previous, i) => {
      if (i < docIndex) return previous; // wholly before the change: the same object, never mutated
      return copyDocument(previous, shift, start, i === docIndex ? { target: found, resolved: resolved.scalar } : undefined);
    });
    return { docs, docIndex, data: located.path && { path: located.path, value: resolved.data } };
  } catch (error) {
    if (error instanceof UnexpectedNode) return undefined;
    throw error;
  }
}

/**
 * The scalar holding [from, to], when it is the value of a block mapping pair or an item
 * of a block sequence, is plain, and has no tag or anchor (an anchored value is also
 * read through its aliases); with its path in the plain data, when it has one.
 */
function findValueScalar(node: unknown, from: number, to: number): { scalar: Scalar; path: (string | number)[] | undefined } | undefined {
  const contains = (n: unknown): n is { range: [number, number, number] } =>
    typeof n === 'object' && n !== null && 'range' in n && Array.isArray(n.range) && n.range[0] <= from && to <= n.range[1];
  let current = node;
  let path: (string | number)[] | undefined = [];
  for (;;) {
    if (isScalar(current)) {
      const usable = current.type === 'PLAIN' && current.tag === undefined && current.anchor === undefined;
      return usable ? { scalar: current, path } : undefined;
    }
    if ((!isMap(current) && !isSeq(current)) || current.flow) return undefined;
    if (current.anchor !== undefined) path = undefined;
    let next: unknown;
    if (isMap(current)) {
      const pair = current.items.find((p) => contains(p.value));
      const key = pair && isScalar(pair.key) ? pair.key.value : undefined;
      path = typeof key === 'string' ? path?.concat(key) : undefined;
      next = pair?.value;
    } else {
      const index = current.items.findIndex(contains);
      path = path?.concat(index);
      next = current.items[index];
    }
    if (!next) return undefined; // in a key, a comment, between items
    current = next;
  }
}

/**
 * What `source` means as a plain scalar: the same options, alone in a document, so no
 * neighbour changes it. `data` is its plain value, as the document's `toJS` gives it.
 */
function resolvePlainScalar(source: string, options: Options): { scalar: Scalar; data: unknown } | undefined {
  if (!SAFE_PLAIN_SCALAR.test(source)) return undefined;
  const alone = parseDocument(source, options);
  const scalar = alone.contents;
  if (alone.errors.length > 0 || alone.warnings.length > 0 || !isScalar(scalar)) return undefined;
  if (scalar.type !== 'PLAIN' || scalar.source !== source || scalar.tag !== undefined) return undefined;
  return { scalar, data: alone.toJS() };
}

/** Fields of a composed scalar that come from where it sits, not from what it says. */
const PLACEMENT_KEYS = new Set(['range', 'comment', 'commentBefore', 'spaceBefore']);

/** A node class this module does not copy (`!!omap`, `!!set`, a custom tag's class): parse instead. */
class UnexpectedNode extends Error {}

interface Replacement {
  readonly target: Scalar;
  readonly resolved: Scalar;
}

/**
 * A copy of `doc` for the new text: nodes that end before `start` are shared (nothing
 * in them moves), the others are copied with their offsets shifted, and `replacement`'s
 * target takes the resolved scalar's value, source and format.
 */
function copyDocument(doc: Document.Parsed, shift: Shift, start: number, replacement: Replacement | undefined): Document.Parsed {
  const copyNode = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const range = (node as { range?: [number, number, number] }).range;
    if (range && range[2] <= start) return node;
    let copy: Record<string, unknown>;
    if (node.constructor === Scalar) {
      copy = Object.assign(new Scalar(undefined), node);
      if (node === replacement?.target) {
        for (const key of Object.keys(copy)) if (!PLACEMENT_KEYS.has(key)) delete copy[key];
        for (const [key, value] of Object.entries(replacement.resolved)) if (!PLACEMENT_KEYS.has(key)) copy[key] = value;
      }
    } else if (node.constructor === YAMLMap || node.constructor === YAMLSeq) {
      const collection = node as YAMLMap | YAMLSeq;
      const fresh = collection instanceof YAMLMap ? new YAMLMap(collection.schema) : new YAMLSeq(collection.schema);
      copy = Object.assign(fresh, node, { items: collection.items.map(copyNode) });
    } else if (node.constructor === Pair) {
      const pair = node as Pair;
      const [key, value] = [copyNode(pair.key), copyNode(pair.value)];
      copy = Object.assign(new Pair(key, value), node, { key, value });
    } else if (node.constructor === Alias) {
      copy = Object.assign(new Alias((node as Alias).source), node);
    } else {
      throw new UnexpectedNode();
    }
    if (range) copy.range = range.map(shift);
    return copy;
  };
  // `Document.clone` would copy the whole tree: clone the document without its contents
  // (options, schema, directives, comments), then put it back whole before returning.
  const contents = doc.contents;
  let copy: Document.Parsed;
  try {
    doc.contents = null;
    copy = doc.clone() as Document.Parsed;
  } finally {
    doc.contents = contents;
  }
  copy.contents = copyNode(contents) as Document.Parsed['contents'];
  copy.range = doc.range.map(shift) as Document.Parsed['range'];
  return copy;
}
