import { isAlias, isMap, isNode, isPair, isScalar, isSeq, Scalar, visit, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { EDIT_PARSE, parseManifest, yamlDocumentsOf } from '../parse';
import type { YamlPath } from '../types';
import { contentOffsetOf, dashOf, EditError, isFlow, itemExtent, nodeRange, pairExtent, pairOf } from './extent';
import { renderFlow, renderPair, renderScalar, renderSeqItem } from './render';
import { columnOf, indentOfLine, lineEndAfter, lineStart, reindent } from './text';

/**
 * The edit primitives: each takes the current text and returns a new one in which only
 * the lines the change is about differ. They locate nodes with the `yaml` parser and
 * splice text; nothing is ever re-serialised.
 */
export interface Source {
  readonly text: string;
  readonly doc: Document.Parsed;
}

/** Where a new key goes among its siblings: before the first of `before`, after the first of `after`, else last. */
export interface KeyPlacement {
  readonly before?: readonly string[];
  readonly after?: readonly string[];
}

/**
 * Parse the text an edit step works on. `intermediate` marks a text an earlier step of
 * the same edit produced: if that does not parse, the edit itself is at fault.
 */
export function sourceOf(text: string, documentIndex: number, intermediate = true): Source {
  const parsed = parseManifest(text, EDIT_PARSE); // cached: the store has usually parsed this very text already
  const doc = yamlDocumentsOf(parsed)[documentIndex];
  if (!doc) throw new EditError(parsed.ok ? `The file has no document ${documentIndex + 1}.` : (parsed.problems[0]?.message ?? 'The YAML has errors.'));
  if (!parsed.ok) {
    const aliasProblem = parsed.problems.some((p) => /alias/i.test(p.message));
    throw new EditError(intermediate ? brokenByEdit(aliasProblem) : 'The YAML has errors: fix them before editing the diagram.');
  }
  return { text, doc };
}

export function nodeAt(doc: Document.Parsed, path: YamlPath): unknown {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isAlias(node)) throw new EditError(`${describe(path)} is an alias (*${node.source}); edit it in the YAML.`);
  return node;
}

function brokenByEdit(aliasProblem: boolean): string {
  return `This edit would break the YAML${aliasProblem ? ' (an anchor would move after its aliases)' : ''}, so it was not applied.`;
}

/** The node at `path` as plain data (aliases expanded, bounded), or undefined. */
export function plainValueAt(src: Source, path: YamlPath): unknown {
  const node = nodeAt(src.doc, path);
  try {
    return isNode(node) ? node.toJS(src.doc, { maxAliasCount: 100 }) : undefined;
  } catch (error) {
    throw new EditError(`${brokenByEdit(true)} (${error instanceof Error ? error.message : String(error)})`);
  }
}

const splice = (text: string, from: number, to: number, insert: string) => text.slice(0, from) + insert + text.slice(to);

/** True when the file quotes its keys like JSON: new flow values are then written as JSON. */
function isJsonText(text: string): boolean {
  return /(^|[{,])\s*"[^"\n]*"\s*:/m.test(text);
}

/** Whether this file indents block sequences under their key (`key:\n  - a`) or not (`key:\n- a`). */
function indentsSequences(src: Source): boolean {
  let indented: boolean | undefined;
  visit(src.doc, {
    Pair(_, pair) {
      if (!isSeq(pair.value) || isFlow(pair.value) || pair.value.items.length === 0 || !isScalar(pair.key)) return undefined;
      const dash = dashOf(src.text, pair.value.items[0]);
      indented = columnOf(src.text, dash) > columnOf(src.text, nodeRange(pair.key)[0]);
      return visit.BREAK;
    },
  });
  return indented ?? false; // the Kubernetes docs' style, for a file with no block list to copy
}

/** True when a flow collection writes its strings like JSON (`["-i", "tail"]`). */
function hasDoubleQuotedScalars(node: YAMLMap | YAMLSeq): boolean {
  let quoted = false;
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value !== 'string') return undefined;
      quoted = scalar.type === Scalar.QUOTE_DOUBLE;
      return visit.BREAK;
    },
  });
  return quoted;
}

function isEmptyValue(node: unknown): boolean {
  return node === undefined || node === null || (isScalar(node) && (node.value === null || node.value === undefined));
}

function describe(path: YamlPath): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
}

/* ---- set ---- */

/** Set the value at `path`, creating missing keys; `undefined` deletes. */
export function setIn(src: Source, path: YamlPath, value: unknown, placement: KeyPlacement = {}): string {
  if (value === undefined) return deleteIn(src, path);
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = nodeAt(src.doc, parentPath);

  if (typeof key === 'number') {
    if (!isSeq(parent)) throw new EditError(`${describe(parentPath)} is not a list.`);
    if (key >= parent.items.length) return insertItem(src, parentPath, key, value);
    return replaceItem(src, parent, key, value);
  }
  if (key === undefined) throw new EditError('Cannot replace a whole document.');
  if (isMap(parent)) {
    const pair = pairOf(parent, key);
    return pair ? replacePairValue(src, parent, pair, value) : insertPair(src, parent, key, value, placement);
  }
  if (isEmptyValue(parent) && parentPath.length > 0) return setIn(src, parentPath, { [key]: value });
  throw new EditError(`${describe(parentPath)} is not a mapping.`);
}

function replaceItem(src: Source, seq: YAMLSeq, index: number, value: unknown): string {
  const item = seq.items[index];
  if (isFlow(seq) || (isScalar(item) && (value === null || typeof value !== 'object'))) {
    const [from, to] = nodeRange(item);
    const rendered = isFlow(seq) ? renderFlow(value, isJsonText(src.text)) : renderScalar(value, isScalar(item) ? item.type : undefined);
    return splice(src.text, from, to, rendered);
  }
  const ext = itemExtent(src.text, seq, index);
  const rendered = reindent(renderSeqItem(value, indentsSequences(src), contentOffsetOf(src.text, item)), ext.column);
  // Up to the end of the item's own last line: trailing comment lines below it stay.
  return splice(src.text, ext.lineFrom, lineEndAfter(src.text, nodeRange(item)[1]), rendered);
}

function replacePairValue(src: Source, map: YAMLMap, pair: Pair, value: unknown): string {
  const old = pair.value;
  const scalarValue = value === null || typeof value !== 'object';
  if (isScalar(old) && !isEmptyValue(old) && scalarValue) {
    const [from, to] = nodeRange(old);
    return splice(src.text, from, to, renderScalar(value, old.type, isFlow(map)));
  }
  const [keyFrom, keyTo] = nodeRange(pair.key);
  const keyText = src.text.slice(keyFrom, keyTo);
  if ((isSeq(old) || isMap(old)) && isFlow(old) && !scalarValue) {
    // `args: ["-i", "tail"]` stays a flow list (if the new value fits on the line).
    const rendered = renderFlow(value, isJsonText(src.text) || hasDoubleQuotedScalars(old));
    const [from, to] = nodeRange(old);
    if (isFlow(map) || !rendered.includes('\n')) return splice(src.text, from, to, rendered);
  }
  if (isFlow(map)) {
    const to = isScalar(old) || isMap(old) || isSeq(old) ? nodeRange(old)[1] : keyTo;
    return splice(src.text, keyFrom, to, `${keyText}: ${renderFlow(value, isJsonText(src.text))}`);
  }
  const ext = pairExtent(src.text, pair);
  const rendered = renderPair(String((pair.key as { value: unknown }).value), value, indentsSequences(src));
  // The first line starts at the key (which may follow a `- `); the others take the key's column.
  const body = reindent(rendered, ext.column).slice(ext.column);
  return splice(src.text, keyFrom, ext.to, body);
}

function insertPair(src: Source, map: YAMLMap, key: string, value: unknown, placement: KeyPlacement): string {
  const json = isJsonText(src.text);
  if (isFlow(map) && !(map.items.length === 0 && standsAloneInBlock(src, map))) {
    return insertFlowEntry(src, map, `${renderFlow(key, json)}: ${renderFlow(value, json)}`);
  }
  const rendered = renderPair(key, value, indentsSequences(src));
  return addKeyLines(src, map, placement, (column) => reindent(rendered, column));
}

/**
 * Add a new key to a block mapping (or to a `key: {}` that stands alone on its line,
 * which becomes a block mapping again). `lines(column)` renders the new key's lines.
 */
function addKeyLines(src: Source, map: YAMLMap, placement: KeyPlacement, lines: (column: number) => string): string {
  const { text } = src;
  if (map.items.length === 0) {
    const [from, to] = nodeRange(map);
    const column = indentOfLine(text, lineStart(text, from)) + 2;
    return splice(text, from - (text[from - 1] === ' ' ? 1 : 0), lineEndAfter(text, to), `\n${lines(column)}`);
  }
  const column = columnOf(text, nodeRange((map.items[0] as Pair).key)[0]);
  const anchor = placementAnchor(text, map, placement);
  if (!anchor.atLineStart) {
    // The anchor key follows a `- `: the new key takes its place and the anchor moves to the next line.
    return splice(text, anchor.offset, anchor.offset, lines(column).slice(column) + ' '.repeat(column));
  }
  return insertLines(text, anchor.offset, lines(column));
}

/** True for a `key: {}` line in block context (not inside another flow collection). */
function standsAloneInBlock(src: Source, map: YAMLMap): boolean {
  const [from, to] = nodeRange(map);
  const before = src.text.slice(lineStart(src.text, from), from);
  const after = src.text.slice(to, lineEndAfter(src.text, to));
  return !isJsonText(src.text) && /^\s*(- )?[^{[,]*:\s*$/.test(before) && /^\s*(#.*)?\n?$/.test(after);
}

/** True when only spaces precede the key on its line (it does not follow a `- `). */
function startsItsLine(text: string, keyFrom: number): boolean {
  return text.slice(lineStart(text, keyFrom), keyFrom).trim() === '';
}

function placementAnchor(text: string, map: YAMLMap, placement: KeyPlacement): { offset: number; atLineStart: boolean } {
  const before = placement.before?.map((k) => pairOf(map, k)).find(isPair);
  if (before) {
    const keyFrom = nodeRange(before.key)[0];
    const atLineStart = startsItsLine(text, keyFrom);
    return { offset: atLineStart ? pairExtent(text, before).from : keyFrom, atLineStart };
  }
  const after = placement.after?.map((k) => pairOf(map, k)).find(isPair) ?? map.items[map.items.length - 1];
  return { offset: pairExtent(text, after as Pair).to, atLineStart: true };
}

/** Insert whole lines at a line boundary, adding the line break a file without a final newline lacks. */
function insertLines(text: string, at: number, lines: string): string {
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  return splice(text, at, at, (needsBreak ? '\n' : '') + lines);
}

function insertFlowEntry(src: Source, collection: YAMLMap | YAMLSeq, entry: string, index = collection.items.length): string {
  const items = collection.items as unknown[];
  const [from, to] = nodeRange(collection);
  if (items.length === 0) {
    const close = src.text.lastIndexOf(isSeq(collection) ? ']' : '}', to - 1);
    return splice(src.text, from, close + 1, isSeq(collection) ? `[${entry}]` : `{${entry}}`);
  }
  if (index < items.length) {
    const at = flowEntryStart(items[index]);
    return splice(src.text, at, at, `${entry}, `);
  }
  const at = flowEntryEnd(items[items.length - 1]);
  return splice(src.text, at, at, `, ${entry}`);
}

function flowEntryStart(entry: unknown): number {
  return isPair(entry) ? nodeRange(entry.key)[0] : nodeRange(entry)[0];
}

function flowEntryEnd(entry: unknown): number {
  if (!isPair(entry)) return nodeRange(entry)[1];
  return isEmptyValue(entry.value) && !(entry.value as Node | null)?.range ? nodeRange(entry.key)[1] : nodeRange(entry.value)[1];
}

/* ---- rename ---- */

/**
 * Rename the key at `path` (its last element) to `to`: only the key's own text changes,
 * so the value, its comments and the key's place among its siblings stay as written.
 */
export function renameKey(src: Source, path: YamlPath, to: string): string {
  const key = path[path.length - 1];
  const parent = nodeAt(src.doc, path.slice(0, -1));
  if (!isMap(parent) || typeof key !== 'string') throw new EditError(`${describe(path)} is not a key of a mapping.`);
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair) throw new EditError(`${describe(path)} does not exist.`);
  if (parent.items.some((p) => isScalar(p.key) && p.key.value === to)) throw new EditError(`${describe([...path.slice(0, -1), to])} exists already.`);
  const [from, end] = nodeRange(pair.key);
  return splice(src.text, from, end, renderScalar(to, (pair.key as Scalar).type, isFlow(parent)));
}

/* ---- delete ---- */

/** Remove the key or item at `path` with the comment lines that belong to it; a missing path is a no-op. */
export function deleteIn(src: Source, path: YamlPath): string {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  if (typeof key === 'number') return removeItem(src, parentPath, key);
  const parent = nodeAt(src.doc, parentPath);
  if (!isMap(parent) || key === undefined) return src.text;
  const index = parent.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  const pair = parent.items[index];
  if (!pair) return src.text;

  if (isFlow(parent)) return removeFlowEntry(src.text, parent.items, index);
  if (parent.items.length === 1) return emptyBlockMap(src.text, parent, pair);
  const ext = pairExtent(src.text, pair);
  const keyFrom = nodeRange(pair.key)[0];
  if (startsItsLine(src.text, keyFrom)) return splice(src.text, ext.from, ext.to, '');
  // First key of a `- ` item: pull the next key up into its place.
  const next = parent.items[index + 1] as Pair;
  return splice(src.text, keyFrom, nodeRange(next.key)[0], '');
}

/** A block mapping that loses its last key becomes `{}` (an emptyDir stays an emptyDir). */
function emptyBlockMap(text: string, map: YAMLMap, pair: Pair): string {
  const start = nodeRange(map)[0];
  const end = pairExtent(text, pair).to;
  const colon = /:[ \t]*(#[^\n]*)?\n(\s*#[^\n]*\n|\s*\n)*\s*$/.exec(text.slice(0, start));
  if (colon) return splice(text, colon.index + 1, end, ' {}\n');
  return splice(text, start, end, '{}\n');
}

function removeFlowEntry(text: string, items: readonly unknown[], index: number): string {
  if (index < items.length - 1) return splice(text, flowEntryStart(items[index]), flowEntryStart(items[index + 1]), '');
  if (index > 0) return splice(text, flowEntryEnd(items[index - 1]), flowEntryEnd(items[index]), '');
  // The only entry: take a trailing comma (`{a: 1,}`) with it.
  const end = flowEntryEnd(items[index]);
  const comma = /^\s*,/.exec(text.slice(end));
  return splice(text, flowEntryStart(items[index]), end + (comma ? comma[0].length : 0), '');
}

/** Remove a list item; a list that would become empty is removed with its key. */
export function removeItem(src: Source, seqPath: YamlPath, index: number): string {
  const seq = nodeAt(src.doc, seqPath);
  if (!isSeq(seq) || index < 0 || index >= seq.items.length) throw new EditError(`${describe([...seqPath, index])} does not exist.`);
  if (seq.items.length === 1 && seqPath.length > 0 && typeof seqPath[seqPath.length - 1] === 'string') return deleteIn(src, seqPath);
  if (isFlow(seq)) return removeFlowEntry(src.text, seq.items, index);
  const ext = itemExtent(src.text, seq, index);
  return splice(src.text, ext.from, ext.to, '');
}

/* ---- insert ---- */

/** Insert a value into the list at `seqPath`, creating the list (placed by `placement`) when missing. */
export function insertItem(src: Source, seqPath: YamlPath, index: number, value: unknown, placement: KeyPlacement = {}): string {
  const seq = nodeAt(src.doc, seqPath);
  if (isEmptyValue(seq)) return setIn(src, seqPath, [value], placement);
  if (!isSeq(seq)) throw new EditError(`${describe(seqPath)} is not a list.`);
  if (isFlow(seq)) return insertFlowEntry(src, seq, renderFlow(value, isJsonText(src.text)), index);
  const first = seq.items[0];
  const column = columnOf(src.text, dashOf(src.text, first));
  const rendered = reindent(renderSeqItem(value, indentsSequences(src), contentOffsetOf(src.text, first)), column);
  return insertLines(src.text, blockInsertOffset(src.text, seq, index), rendered);
}

function blockInsertOffset(text: string, seq: YAMLSeq, index: number): number {
  return index < seq.items.length ? itemExtent(text, seq, index).from : itemExtent(text, seq, seq.items.length - 1).to;
}

/* ---- move ---- */

/** A block item's own text, comments included, with the column of its dash. */
export interface CutItem {
  readonly text: string;
  readonly block?: { readonly lines: string; readonly column: number };
  readonly value: unknown;
}

/** Cut an item out of its list (the list goes with its key if it becomes empty), keeping its text for a move. */
export function cutItem(src: Source, seqPath: YamlPath, index: number): CutItem {
  const seq = nodeAt(src.doc, seqPath);
  if (!isSeq(seq) || index < 0 || index >= seq.items.length) throw new EditError(`${describe([...seqPath, index])} does not exist.`);
  const value = plainValueAt(src, [...seqPath, index]);
  const rest = removeItem(src, seqPath, index);
  if (isFlow(seq)) return { text: rest, value };
  const ext = itemExtent(src.text, seq, index);
  const lines = src.text.slice(ext.from, ext.to);
  return { text: rest, value, block: { lines: lines.endsWith('\n') ? lines : `${lines}\n`, column: ext.column } };
}

/** Paste a cut item into a list, keeping its text (comments included) when both sides are block style. */
export function pasteItem(src: Source, seqPath: YamlPath, index: number, cut: CutItem, placement: KeyPlacement = {}): string {
  const seq = nodeAt(src.doc, seqPath);
  if (!cut.block) return insertItem(src, seqPath, index, cut.value, placement);
  const block = cut.block;
  if (isSeq(seq) && !isFlow(seq) && seq.items.length > 0) {
    const column = columnOf(src.text, dashOf(src.text, seq.items[0]));
    return insertLines(src.text, blockInsertOffset(src.text, seq, index), reindent(block.lines, column - block.column));
  }
  const parent = nodeAt(src.doc, seqPath.slice(0, -1));
  const key = seqPath[seqPath.length - 1];
  const blockParent = isMap(parent) && (!isFlow(parent) || (parent.items.length === 0 && standsAloneInBlock(src, parent)));
  if (seq === undefined && blockParent && typeof key === 'string') {
    const itemOffset = indentsSequences(src) ? 2 : 0;
    return addKeyLines(src, parent, placement, (column) => `${' '.repeat(column)}${key}:\n${reindent(block.lines, column + itemOffset - block.column)}`);
  }
  return insertItem(src, seqPath, index, cut.value, placement);
}
