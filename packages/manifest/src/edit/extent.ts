import { isNode, isScalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { columnOf, indentOfLine, isCommentLine, lineEndAfter, lineStart, nextLineStart } from './text';

/**
 * Where an item or a pair of a BLOCK collection sits in the text, in whole lines:
 * `from` includes the comment lines just above it that belong to it (no blank line
 * between), `to` includes its trailing comment and the deeper-indented comment lines
 * that follow it. Cutting [from, to) removes the item cleanly.
 */
export interface Extent {
  readonly from: number;
  readonly to: number;
  /** Where the item's own first line starts (after its leading comments). */
  readonly lineFrom: number;
  /** Column of the `-` (items) or of the key (pairs). */
  readonly column: number;
}

export class EditError extends Error {}

export function nodeRange(node: unknown): [number, number] {
  if (!isNode(node) || !node.range) throw new EditError('This part of the YAML has no position (is it an alias?).');
  return [node.range[0], node.range[1]];
}

/** The offset of the `-` that introduces a block sequence item. */
export function dashOf(text: string, item: unknown): number {
  let i = nodeRange(item)[0] - 1;
  for (;;) {
    while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
    // An anchor or a tag (`- &app\n  image: x`) sits between the dash and the content.
    let tokenStart = i;
    while (tokenStart > 0 && !/\s/.test(text[tokenStart - 1] ?? '')) tokenStart--;
    if (i < 0 || !/[&!]/.test(text[tokenStart] ?? '') || tokenStart === i + 1) break;
    i = tokenStart - 1;
  }
  if (text[i] !== '-') throw new EditError('This list item is laid out in a way Podsmith cannot edit safely; edit it in the YAML.');
  return i;
}

export function itemExtent(text: string, seq: YAMLSeq, index: number): Extent {
  const item = seq.items[index];
  const dash = dashOf(text, item);
  const column = columnOf(text, dash);
  const lineFrom = lineStart(text, dash);
  return { from: ownedCommentsAbove(text, lineFrom, column), to: ownedCommentsBelow(text, lineEndAfter(text, nodeRange(item)[1]), column), lineFrom, column };
}

export function pairExtent(text: string, pair: Pair): Extent {
  const keyFrom = nodeRange(pair.key)[0];
  const column = columnOf(text, keyFrom);
  const lineFrom = lineStart(text, keyFrom);
  const end = isNode(pair.value) && pair.value.range ? pair.value.range[1] : nodeRange(pair.key)[1];
  return { from: ownedCommentsAbove(text, lineFrom, column), to: ownedCommentsBelow(text, lineEndAfter(text, end), column), lineFrom, column };
}

function ownedCommentsAbove(text: string, lineFrom: number, column: number): number {
  let from = lineFrom;
  while (from > 0) {
    const prev = lineStart(text, from - 1);
    if (!isCommentLine(text, prev) || indentOfLine(text, prev) < column) break;
    from = prev;
  }
  return from;
}

function ownedCommentsBelow(text: string, to: number, column: number): number {
  let end = to;
  while (end < text.length && isCommentLine(text, end) && indentOfLine(text, end) > column) end = nextLineStart(text, end);
  return end;
}

/** The pair of `key` in a map, if present. */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

/** Column of the content after the `-`: 2 in `- name: x`. */
export function contentOffsetOf(text: string, item: unknown): number {
  const offset = columnOf(text, nodeRange(item)[0]) - columnOf(text, dashOf(text, item));
  return offset > 0 ? offset : 2;
}

export function isFlow(node: Node | YAMLMap | YAMLSeq): boolean {
  return 'flow' in node && node.flow === true;
}
