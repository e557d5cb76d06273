/**
 * What the block reader gives for each document: its plain data (as `yaml`'s toJS gives
 * it) and a tree of its nodes with their ranges (as `yaml`'s node.range[0] and [1], and
 * each map key's start), which is what the ranges of findings are read from.
 */
export type BlockNode = BlockMapNode | BlockSeqNode | BlockScalarNode;

interface Ranged {
  /** yaml's range[0]: the node's first character. */
  readonly from: number;
  /** yaml's range[1]: the end of its value. */
  readonly to: number;
}

export interface BlockMapNode extends Ranged {
  readonly kind: 'map';
  readonly keys: readonly string[];
  /** Where each key starts. */
  readonly keyFroms: readonly number[];
  readonly values: readonly BlockNode[];
}

export interface BlockSeqNode extends Ranged {
  readonly kind: 'seq';
  readonly items: readonly BlockNode[];
}

export interface BlockScalarNode extends Ranged {
  readonly kind: 'scalar';
}

export interface BlockDocument {
  readonly value: unknown;
  readonly root: BlockNode;
  /** yaml's document range[0] and range[2]. */
  readonly from: number;
  readonly to: number;
}

/** The node at `path` below `root`, if there is one. */
export function nodeAt(root: BlockNode, path: readonly (string | number)[]): BlockNode | undefined {
  let node: BlockNode | undefined = root;
  for (const key of path) {
    if (!node) return undefined;
    node = childOf(node, key);
  }
  return node;
}

/** The node at `key` of a map or sequence node. */
export function childOf(node: BlockNode, key: string | number): BlockNode | undefined {
  if (node.kind === 'map' && typeof key === 'string') {
    const i = node.keys.indexOf(key);
    return i >= 0 ? node.values[i] : undefined;
  }
  if (node.kind === 'seq' && typeof key === 'number') return node.items[key];
  return undefined;
}

/** rangeOf (ranges.ts) on the block reader's tree: the deepest node along `path`, from its key when it has one. */
export function blockRangeOf(root: BlockNode, path: readonly (string | number)[]): { from: number; to: number } {
  let node = root;
  let from = root.from;
  for (const key of path) {
    const child = childOf(node, key);
    if (!child) break;
    from = node.kind === 'map' ? node.keyFroms[node.keys.indexOf(key as string)]! : child.from;
    node = child;
  }
  return { from, to: node.to };
}
