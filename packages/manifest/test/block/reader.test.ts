import { describe, expect, test } from 'vitest';
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { readBlockYaml } from '../../src/block/reader';
import { blockRangeOf, nodeAt, type BlockNode } from '../../src/block/tree';
import { YAML_OPTIONS } from '../../src/yamlOptions';
import { parseManifest } from '../../src/parse';
import { CORPUS_DIR, corpusFiles, FIXTURES_DIR, OUTSIDE_CORPUS_DIR } from '../../../../test-support/corpus';

/** What `yaml` reads: the documents, when it reads the text without an error or a warning. */
function yamlReads(text: string): Document.Parsed[] | undefined {
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0 || d.warnings.length > 0)) return undefined;
  return docs as Document.Parsed[];
}

/** Every difference between a yaml node and a block node: kind, ranges, keys and their starts. */
function differences(node: unknown, block: BlockNode, at: string): string[] {
  const out: string[] = [];
  const range = (node as Node).range;
  if (!range || range[0] !== block.from || range[1] !== block.to) out.push(`${at}: range ${range?.[0]}–${range?.[1]}, read ${block.from}–${block.to}`);
  if (isMap(node)) {
    if (block.kind !== 'map') return [...out, `${at}: a map, read as a ${block.kind}`];
    node.items.forEach((pair, i) => {
      const key = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '?';
      if (block.keys[i] !== key) out.push(`${at}: key ${i} ${key}, read ${block.keys[i]}`);
      else if ((pair.key as Node).range?.[0] !== block.keyFroms[i]) out.push(`${at}.${key}: key at ${(pair.key as Node).range?.[0]}, read ${block.keyFroms[i]}`);
      const value = block.values[i];
      if (value) out.push(...differences(pair.value, value, `${at}.${key}`));
    });
    if (block.keys.length !== node.items.length) out.push(`${at}: ${node.items.length} keys, read ${block.keys.length}`);
  } else if (isSeq(node)) {
    if (block.kind !== 'seq') return [...out, `${at}: a sequence, read as a ${block.kind}`];
    node.items.forEach((item, i) => {
      const read = block.items[i];
      if (read) out.push(...differences(item, read, `${at}[${i}]`));
    });
    if (block.items.length !== node.items.length) out.push(`${at}: ${node.items.length} items, read ${block.items.length}`);
  } else if (block.kind !== 'scalar') out.push(`${at}: a scalar, read as a ${block.kind}`);
  return out;
}

/** How the reader and `yaml` differ on a text; [] when the reader leaves it to yaml. */
function compare(text: string): { read: boolean; differences: string[] } {
  const read = readBlockYaml(text);
  if (!read) return { read: false, differences: [] };
  const docs = yamlReads(text);
  if (!docs) return { read: true, differences: ['yaml reports an error or a warning'] };
  if (docs.length !== read.length) return { read: true, differences: [`${docs.length} documents, read ${read.length}`] };
  return {
    read: true,
    differences: docs.flatMap((doc, i) => {
      const block = read[i]!;
      const out: string[] = [];
      const value = doc.toJS({ maxAliasCount: 100 });
      if (JSON.stringify(value) !== JSON.stringify(block.value)) out.push(`document ${i}: the data differ`);
      else expect(block.value).toStrictEqual(value);
      if (doc.range[0] !== block.from || doc.range[2] !== block.to) out.push(`document ${i}: range ${doc.range[0]}–${doc.range[2]}, read ${block.from}–${block.to}`);
      return [...out, ...differences(doc.contents, block.root, `document ${i}`)];
    }),
  };
}

/** A small deterministic generator (mulberry32), so a failing variant can be found again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A text changed the ways hand-edited manifests differ: a line removed, re-indented,
 * or a comment or blank line inserted at some indentation.
 */
function variant(text: string, next: () => number): string {
  const lines = text.split('\n');
  const at = Math.floor(next() * lines.length);
  const indent = ' '.repeat(Math.floor(next() * 12));
  switch (Math.floor(next() * 6)) {
    case 5: {
      // A long value wrapped onto the next line (a multi-line scalar, or a broken key).
      const line = lines[at]!;
      const space = line.indexOf(' ', Math.floor(next() * line.length));
      if (space > 0) lines.splice(at, 1, line.slice(0, space), `${indent}${line.slice(space + 1)}`);
      break;
    }
    case 0:
      lines.splice(at, 1);
      break;
    case 1:
      lines[at] = ' '.repeat(Math.floor(next() * 3)) + lines[at]!.slice(Math.floor(next() * 3));
      break;
    case 2:
      lines.splice(at, 0, `${indent}# a comment`);
      break;
    case 3:
      lines.splice(at, 0, indent);
      break;
    default:
      lines[at] = `${lines[at]} # note`;
  }
  return lines.join('\n');
}

const CORPORA = [
  { name: 'the real corpus', dir: CORPUS_DIR, minimumRead: 0.9 },
  { name: 'the outside corpus', dir: OUTSIDE_CORPUS_DIR, minimumRead: 0.85 },
  { name: 'the lint cases', dir: `${FIXTURES_DIR}/lint-cases`, minimumRead: 1 },
  { name: 'the stress manifest', dir: `${FIXTURES_DIR}/stress`, minimumRead: 1 },
];

describe('readBlockYaml reads what it reads exactly as yaml does', () => {
  for (const { name, dir, minimumRead } of CORPORA) {
    test(name, () => {
      const files = corpusFiles(dir);
      const outcomes = files.map((f) => ({ name: f.name, ...compare(f.text) }));
      const wrong = outcomes.filter((o) => o.differences.length > 0).map((o) => `${o.name}: ${o.differences.slice(0, 5).join('; ')}`);
      expect(wrong).toEqual([]);
      // Not a vacuous pass: the reader reads most of what it is for.
      expect(outcomes.filter((o) => o.read).length / files.length).toBeGreaterThanOrEqual(minimumRead);
    });
  }
});

describe('readBlockYaml on changed corpus manifests: what it reads, it reads as yaml does', () => {
  test('5 variants of every manifest of the real and the outside corpus', () => {
    const next = random(20261207);
    const wrong: string[] = [];
    let read = 0;
    let total = 0;
    for (const dir of [CORPUS_DIR, OUTSIDE_CORPUS_DIR]) {
      for (const file of corpusFiles(dir)) {
        for (let i = 0; i < 5; i++) {
          const text = variant(file.text, next);
          const outcome = compare(text);
          total++;
          if (outcome.read) read++;
          if (outcome.differences.length > 0) wrong.push(`${file.name} variant ${i}: ${outcome.differences.slice(0, 3).join('; ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(read / total).toBeGreaterThanOrEqual(0.5);
  }, 60_000);
});

describe('readBlockYaml leaves to yaml what it does not read', () => {
  const cases: Record<string, string> = {
    'an anchor and an alias': 'a: &x 1\nb: *x\n',
    'a tag': 'a: !!str 1\n',
    'a directive': '%YAML 1.1\n---\na: 1\n',
    'an unknown escape': 'a: "one \\q"\n',
    'a continuation line that could be a key': 'a: one\n  two: three\n',
    'a comment in a flow collection': 'a: [1, # one\n  2]\n',
    'a flow collection not indented under its key': 'a:\n  b: [1,\n  2]\n',
    'a merge key': 'a: {x: 1}\nb:\n  <<: {x: 2}\n',
    'a duplicate key': 'a: 1\na: 2\n',
    'a key that is not a string': '80: http\n',
    'a tab': 'a:\n\tb: 1\n',
    'a key yaml calls an error': 'a: b: c\n',
    'a bad indentation': 'a:\n  b: 1\n c: 2\n',
    'a comment after a document marker': 'a: 1\n--- # only this\n',
    'a scalar document': 'just text\n',
    'the __proto__ key': '__proto__: {polluted: true}\n',
  };
  for (const [what, text] of Object.entries(cases)) {
    test(what, () => expect(readBlockYaml(text)).toBeUndefined());
  }
});

describe('hostile input', () => {
  test('nesting deeper than the stack is left to yaml, and parseManifest reports it', () => {
    for (const deep of [`a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, `a: ${'{a: '.repeat(20000)}1${'}'.repeat(20000)}\n`]) {
      expect(readBlockYaml(deep)).toBeUndefined();
      const parsed = parseManifest(deep, { once: true, maxBytes: Infinity });
      expect(parsed.ok).toBe(false);
      expect(parsed.problems[0]?.message).toMatch(/call stack/);
    }
  });
});

describe('readBlockYaml on what it reads', () => {
  const cases: Record<string, string> = {
    'a multi-line plain scalar': 'a: one\n  two\n\n  three\nb: 1\n',
    'a multi-line quoted scalar': "a: 'one\n  two ''x''\n\n  three'\nb: \"x\n  y\"\n",
    'a flow collection below its key': 'metadata:\n  annotations:\n    {}\n  labels:\n    [a, b]\n',
    'a double-quoted scalar over lines, escaped and not': 'a: "one \\\n   two\n\n  three  \\t\\u00e9 "\n',
    'an empty document with comments': 'a: 1\n---\n# only this\n\n---\nb: 1\n---\n  # and this\n',
    'a flow collection over several lines': 'args: [\n    "-a", "b",\n    {c: d},\n]\nx: 1\n',
    'an empty value that ends a document': 'a:\n  b:\n---\nc: 1\n',
    'comments after a nested value, at each indentation': 'a:\n  - b: 1\n      # deeper\n    # at the map\n  # at the list\n# at the root\nc: 2\n',
    'a comment below the last value of a document': 'a:\n  b: [1]\n     # deeper\n\n---\nc: 1\n',
  };
  for (const [what, text] of Object.entries(cases)) {
    test(`${what}: read as yaml reads it`, () => expect(compare(text)).toEqual({ read: true, differences: [] }));
  }

  test('YAML 1.1 scalars, as yaml resolves them', () => {
    const [doc] = readBlockYaml("a: yes\nb: 0644\nc: '0644'\nd: ~\ne: 1.5\nf: 2024-01-02\ng: \"t\\u00e9\\n\"\nh: on\n")!;
    expect(doc!.value).toStrictEqual({ a: true, b: 420, c: '0644', d: null, e: 1.5, f: new Date('2024-01-02'), g: 'té\n', h: true });
  });

  test('block scalars, with their chomping', () => {
    const [doc] = readBlockYaml('a: |\n  one\n  two\n\nb: |-\n  x\nc: >\n  folded\n  line\n\n  next\nd: |+\n  kept\n\ne: 1\n')!;
    expect(doc!.value).toStrictEqual({ a: 'one\ntwo\n', b: 'x', c: 'folded line\nnext\n', d: 'kept\n\n', e: 1 });
  });

  test('each node with its range, from its key', () => {
    const text = 'spec:\n  containers:\n  - name: web # the app\n    ports: [80, "8080"]\n';
    const [doc] = readBlockYaml(text)!;
    const containers = nodeAt(doc!.root, ['spec', 'containers'])!;
    expect(text.slice(containers.from, containers.to)).toBe('- name: web # the app\n    ports: [80, "8080"]\n');
    const range = blockRangeOf(doc!.root, ['spec', 'containers', 0, 'ports', 1]);
    expect(text.slice(range.from, range.to)).toBe('"8080"');
    expect(text.slice(...Object.values(blockRangeOf(doc!.root, ['spec', 'containers', 0, 'name'])) as [number, number])).toBe('name: web');
  });
});
