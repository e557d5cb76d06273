/**
 * The typing shortcut (src/reparse.ts) against its oracle, a full parse: every tree it
 * builds must equal, node by node and offset by offset, the tree `yaml` parses from the
 * new text. Over the real corpus and the stress manifest, and for the texts it must
 * leave to the full parse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPair, isSeq, parseAllDocuments, visit, type Document, type Scalar } from 'yaml';
import { parseManifest, pathAt, rangeOf } from '../src';
import { manifestOf, YAML_OPTIONS } from '../src/parse';
import { reparseScalarEdit } from '../src/reparse';
import { corpusFiles, FIXTURES_DIR } from '../../../test-support/corpus';

const parseDocs = (text: string) => parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[];

/**
 * Everything a tree says, offsets included, as one string: each node's class and every
 * own field (sorted), the documents' ranges and comments, and the plain data.
 */
function dump(docs: readonly Document.Parsed[]): string {
  const out: string[] = [];
  const write = (n: unknown): void => {
    if (Array.isArray(n)) {
      out.push('[');
      for (const item of n) write(item);
      out.push(']');
    } else if (n && typeof n === 'object') {
      out.push(`{${n.constructor.name}`);
      for (const key of Object.keys(n).sort()) {
        if (key === 'schema') continue;
        out.push(`${key}:`);
        write((n as Record<string, unknown>)[key]);
      }
      out.push('}');
    } else {
      // A merge key's value is a symbol of its own in each parse: compared by its name.
      out.push(`${typeof n}:${String(n)},`);
    }
  };
  for (const doc of docs) {
    write([doc.range, doc.comment, doc.commentBefore, doc.errors.length, doc.warnings.length, doc.contents]);
    out.push(JSON.stringify(doc.toJS({ maxAliasCount: 100 })));
  }
  return out.join('');
}

/** The two trees say the same; on a difference, the text around it. */
function expectSameTree(actual: readonly Document.Parsed[], expected: readonly Document.Parsed[]): void {
  const [a, b] = [dump(actual), dump(expected)];
  if (a === b) return;
  let at = 0;
  while (a[at] === b[at]) at++;
  expect(a.slice(at - 300, at + 100)).toBe(b.slice(at - 300, at + 100));
}

/** Plain scalar values of block collections: where a user types. */
function valueScalars(docs: readonly Document.Parsed[]): Scalar[] {
  const found: Scalar[] = [];
  for (const doc of docs) {
    visit(doc, {
      Scalar(key, scalar, path) {
        const parent = path[path.length - 1];
        const inValue = (isPair(parent) && key === 'value') || (isSeq(parent) && typeof key === 'number');
        if (inValue && scalar.type === 'PLAIN' && scalar.range) found.push(scalar);
      },
    });
  }
  return found;
}

const RETYPED = ['8080', 'yes', '0644', '1:20', '~', '.5', '...', 'nginx:1.27', '-x', 'true', 'a:b:', 'x#y'];

/** The n-th way a user changes a value: a key typed at its end or start, one deleted, the value retyped. */
function typing(text: string, scalar: Scalar, n: number): string {
  const [start, end] = scalar.range!;
  switch (n % 4) {
    case 0:
      return text.slice(0, end) + 'x' + text.slice(end);
    case 1:
      return text.slice(0, start) + '1' + text.slice(start);
    case 2:
      return text.slice(0, Math.max(start, end - 1)) + text.slice(end);
    default:
      return text.slice(0, start) + RETYPED[Math.floor(n / 4) % RETYPED.length] + text.slice(end);
  }
}

/**
 * Four values of a file (first, a third, two thirds, last), each changed one way, one
 * after the other. Each time: the tree equals a full parse's, and so does what
 * parseManifest makes of the text (documents, plain data, pods, problems). Returns how
 * many trees the shortcut built.
 */
function checkFile(text: string, fileIndex: number): { built: number; tried: number } {
  let docs = parseDocs(text);
  if (docs.some((d) => d.errors.length > 0)) return { built: 0, tried: 0 };
  const before = dump(docs);
  const first = docs;
  let current = text;
  parseManifest(current); // the last parse, which parseManifest builds the next one from
  let built = 0;
  let tried = 0;
  for (let i = 0; i < 4; i++) {
    const scalars = valueScalars(docs);
    const scalar = scalars[Math.floor(((scalars.length - 1) * i) / 3)];
    if (!scalar) break;
    tried++;
    const next = typing(current, scalar, fileIndex * 4 + i);
    const fast = reparseScalarEdit(current, docs, next, YAML_OPTIONS);
    const full = parseDocs(next);
    if (fast) {
      built++;
      expectSameTree(fast.docs, full);
    }
    expect(parseManifest(next)).toEqual(manifestOf(next, full));
    [current, docs] = [next, full];
  }
  // The documents of a parse are shared with the next one: never changed.
  expect(dump(first)).toBe(before);
  return { built, tried };
}

describe('typing into a value builds the tree a full parse would', () => {
  it('over the real corpus', () => {
    let built = 0;
    let tried = 0;
    for (const [i, file] of corpusFiles().entries()) {
      const result = checkFile(file.text, i);
      built += result.built;
      tried += result.tried;
    }
    // Most typings take the shortcut; the rest (values that are not safe plain scalars) parse.
    expect(tried).toBeGreaterThan(1200);
    expect(built).toBeGreaterThan(tried / 2);
  }, 30_000);

  it('typing a whole image, one key at a time, in the 60-container stress manifest', () => {
    const stress = readFileSync(join(FIXTURES_DIR, 'stress/stress-60-containers.yaml'), 'utf8');
    const at = stress.indexOf('image: ') + 'image: '.length;
    const typed = 'registry.example.com/team/app:1.2.3';
    let text = stress;
    let docs = parseDocs(text);
    let built = 0;
    for (const key of typed) {
      const end = text.indexOf('\n', at);
      const next = text.slice(0, end) + key + text.slice(end);
      const fast = reparseScalarEdit(text, docs, next, YAML_OPTIONS);
      const full = parseDocs(next);
      if (fast) {
        built++;
        expectSameTree(fast.docs, full);
      }
      [text, docs] = [next, fast?.docs ?? full];
    }
    // Every key but two: "…/app:" ends a line with a mapping indicator (a YAML error there),
    // and the key after it starts from a text with errors; both are parsed whole.
    expect(built).toBe(typed.length - 2);
  });
});

describe('what it leaves to the full parse', () => {
  const TEXT = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers:
  - name: app
    image: "nginx:1.27"
    args: [a, b]
    command:
    - run
    env:
    - name: A
      value: &shared one
    - name: B
      value: *shared
    - name: C
      value: !!str 12
    - name: D
      value:
`;
  const docs = parseDocs(TEXT);
  const typed = (after: string, insert: string, skip = 0) => {
    const at = TEXT.indexOf(after) + after.length + skip;
    return TEXT.slice(0, at) + insert + TEXT.slice(at);
  };

  it.each([
    ['a space, which ends a plain scalar', typed('name: web', ' x')],
    ['a comment', typed('name: web', ' #')],
    ['a colon at the end, which makes a key', typed('name: web', ':')],
    ['a key', typed('  nam', 'x')],
    ['a flow mapping', typed('{app: web', 'x')],
    ['a flow sequence', typed('[a', 'x')],
    ['a quoted scalar', typed('"nginx', 'x')],
    ['an anchored value', typed('&shared one', 'x')],
    ['a tagged value', typed('!!str 12', '3')],
    ['an empty value', typed('name: D\n      value:', ' x')],
    ['a new line', typed('- run', '\n    - more')],
    ['the document marker', `---\n${TEXT}`],
  ])('%s', (_what, next) => {
    expect(reparseScalarEdit(TEXT, docs, next, YAML_OPTIONS)).toBeUndefined();
  });

  it('a text with errors, before or after', () => {
    const broken = `${TEXT}  bad: [\n`;
    expect(reparseScalarEdit(broken, parseDocs(broken), typed('name: web', 'x'), YAML_OPTIONS)).toBeUndefined();
  });
});

describe('parseManifest takes the shortcut after a parse of the text before', () => {
  it('gives what a fresh parse gives, ranges and paths included', () => {
    const stress = readFileSync(join(FIXTURES_DIR, 'stress/stress-60-containers.yaml'), 'utf8');
    const before = parseManifest(stress);
    const at = stress.indexOf('image: ') + 'image: '.length;
    const next = `${stress.slice(0, at)}x${stress.slice(at)}`;
    const incremental = parseManifest(next);
    const fresh = parseManifest(`${next}\n`); // a text of its own: parsed whole
    expect(before.ok && incremental.ok && fresh.ok).toBe(true);
    // Plain data is shared where nothing changed: the containers not typed into are the same objects.
    type Stress = { spec: { template: { spec: { initContainers: unknown[]; containers: unknown[] } } } };
    const podSpec = (parsed: typeof before) => (parsed.documents[0]!.value as Stress).spec.template.spec;
    const [was, now] = [podSpec(before), podSpec(incremental)];
    expect(now.containers).toBe(was.containers);
    now.initContainers.slice(1).forEach((c, i) => expect(c).toBe(was.initContainers[i + 1]));
    expect(now.initContainers[0]).not.toBe(was.initContainers[0]);
    expect(incremental.documents.map((d) => d.value)).toEqual(fresh.documents.map((d) => d.value));
    expect(incremental.pods).toEqual(fresh.pods);
    const path = ['spec', 'containers', 5, 'image'];
    expect(rangeOf(incremental, 0, path)).toEqual(rangeOf(fresh, 0, path));
    expect(pathAt(incremental, next.lastIndexOf('mountPath'))).toEqual(pathAt(fresh, next.lastIndexOf('mountPath')));
  });
});
