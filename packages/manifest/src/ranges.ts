import { isCollection, isMap, isNode, isPair, isScalar, isSeq, type Node } from 'yaml';
import { blockDocumentsOf, yamlDocumentsOf } from './parse';
import { blockRangeOf } from './block/tree';
import type { LineColumn, ParsedManifest, TextRange, YamlPath } from './types';

/**
 * The text range of the node at `path`, for markers and "reveal in editor". A path
 * that goes further than the text (a missing field) maps to its nearest existing parent.
 */
export function rangeOf(parsed: ParsedManifest, documentIndex: number, path: YamlPath): TextRange | undefined {
  const blocks = blockDocumentsOf(parsed);
  if (blocks) {
    const block = blocks[documentIndex];
    return block && blockRangeOf(block.root, path);
  }
  const doc = yamlDocumentsOf(parsed)[documentIndex];
  if (!doc) return undefined;
  const nodes = nodesAlong(doc.contents, path);
  for (let depth = nodes.length - 1; depth >= 0; depth--) {
    const node = nodes[depth];
    if (isNode(node) && node.range) {
      const keyFrom = depth > 0 ? keyStart(nodes[depth - 1], path[depth - 1]) : undefined;
      return { from: keyFrom ?? node.range[0], to: node.range[1] };
    }
  }
  return undefined;
}

/**
 * The nodes at each prefix of `path` from `contents` (`getIn` of each prefix, as scalars),
 * walked once: the linter locates every finding this way on each keystroke.
 */
function nodesAlong(contents: unknown, path: YamlPath): unknown[] {
  const nodes = [contents];
  let node = contents;
  for (const key of path) {
    if (!isCollection(node)) break;
    node = node.get(key, true);
    if (node === undefined) break;
    nodes.push(node);
  }
  return nodes;
}

/** A map value's range starts at its key, so a marker covers `image: nginx`, not only `nginx`. */
function keyStart(parent: unknown, key: string | number | undefined): number | undefined {
  if (!isMap(parent) || typeof key !== 'string') return undefined;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  const keyNode = pair?.key as Node | undefined;
  return keyNode?.range?.[0];
}

/** The document and deepest path at a text offset (the editor's cursor → the diagram's selection). */
export function pathAt(parsed: ParsedManifest, offset: number): { documentIndex: number; path: YamlPath } | undefined {
  const docs = yamlDocumentsOf(parsed);
  const documentIndex = parsed.documents.findIndex((d) => offset >= d.range.from && offset <= d.range.to);
  const doc = docs[documentIndex];
  if (!doc) return undefined;
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    const next = childAt(node, offset);
    if (!next) break;
    path.push(next.key);
    node = next.node;
  }
  return { documentIndex, path };
}

function childAt(node: unknown, offset: number): { key: string | number; node: unknown } | undefined {
  if (isSeq(node)) {
    const index = node.items.findIndex((item) => isNode(item) && item.range && offset >= item.range[0] && offset <= item.range[1]);
    return index >= 0 ? { key: index, node: node.items[index] } : undefined;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      const from = (pair.key as Node | null)?.range?.[0];
      const to = (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node | null)?.range?.[1];
      if (typeof key === 'string' && from !== undefined && to !== undefined && offset >= from && offset <= to) {
        return { key, node: pair.value };
      }
    }
  }
  return undefined;
}

/** 1-based line and column of an offset. */
export function lineColumnOf(text: string, offset: number): LineColumn {
  const end = Math.min(offset, text.length);
  const starts = lineStartsOf(text);
  // The last line that starts at or before `end`.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= end) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: end - starts[low]! + 1 };
}

/** Where each line of the text asked about last starts: the CLI locates a file's findings one after another. */
let lineStarts: { readonly text: string; readonly starts: readonly number[] } | undefined;

function lineStartsOf(text: string): readonly number[] {
  if (lineStarts?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStarts = { text, starts };
  }
  return lineStarts.starts;
}

/** The offset of a 1-based line and column. */
export function offsetOf(text: string, { line, column }: LineColumn): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(offset + column - 1, text.length);
}
