import { isMap, parseAllDocuments, YAMLWarning, type Document } from 'yaml';
import { Derived } from './derived';
import { joinQuotedLines } from './lenient';
import type { ManifestDocument, ParsedManifest, ParseProblem, PodRef, TextRange, YamlPath } from './types';
import { WORKLOAD_KINDS, type WorkloadKind } from './types';
import { reparseScalarEdit } from './reparse';
import { YAML_OPTIONS } from './yamlOptions';
import { readBlockYaml } from './block/reader';
import { nodeAt, type BlockDocument } from './block/tree';

/** Above this size a manifest is kept as text but not parsed: parsing on every keystroke would stall typing. */
export const MAX_MANIFEST_BYTES = 1_000_000;
/** Aliases expanded per document before we call it a YAML bomb (the `yaml` package's own guard). */
const MAX_ALIAS_COUNT = 100;

export { YAML_OPTIONS } from './yamlOptions';

/** Where the pod spec sits inside each workload kind. */
export const POD_SPEC_PATHS: Readonly<Record<WorkloadKind, YamlPath>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export function isWorkloadKind(kind: unknown): kind is WorkloadKind {
  return typeof kind === 'string' && (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

/** The parsed `yaml` documents behind a ParsedManifest, for the edit and range functions. */
const yamlDocuments = new Derived<ParsedManifest, readonly Document.Parsed[]>('yaml documents');

/** The block reader's documents behind a ParsedManifest read by it (block/reader.ts). */
const blockDocuments = new Derived<ParsedManifest, readonly BlockDocument[]>('block documents');

/**
 * The `yaml` documents of a manifest; for one the block reader read, parsed when first
 * asked for (an edit, --fix): the CLI's lint never asks.
 */
export function yamlDocumentsOf(parsed: ParsedManifest): readonly Document.Parsed[] {
  const docs = yamlDocuments.get(parsed);
  if (docs || !blockDocuments.get(parsed)) return docs ?? [];
  const parsedNow = parseAllDocuments(parsed.text, YAML_OPTIONS) as Document.Parsed[];
  yamlDocuments.set(parsed, parsedNow);
  return parsedNow;
}

/** The block reader's documents, when it read the manifest. */
export function blockDocumentsOf(parsed: ParsedManifest): readonly BlockDocument[] | undefined {
  return blockDocuments.get(parsed);
}

export interface ParseOptions {
  /**
   * Above this many characters the text is kept but not parsed (default
   * MAX_MANIFEST_BYTES: the editor parses on every keystroke). The CLI parses once per
   * file and lifts it.
   */
  readonly maxBytes?: number;
  /**
   * The text is parsed once and never typed into (the CLI): skip the cache of recent parses
   * and the typing shortcut, which compare it with the last text parsed and keep parses
   * alive, and read it with the block reader when it can (block/reader.ts: the same data
   * and ranges, at a fraction of the cost; the `yaml` documents are parsed only if asked for).
   */
  readonly once?: boolean;
}

/**
 * How edits parse: an edit is made to a text that was parsed already (within whatever
 * limit its caller chose), so the limit does not apply again.
 */
export const EDIT_PARSE: ParseOptions = { maxBytes: Infinity };

/**
 * Parse a manifest into its documents and find every pod spec in it. Never throws:
 * hostile or broken input becomes a ParseProblem with a clear message.
 */
export function parseManifest(text: string, options: ParseOptions = {}): ParsedManifest {
  const maxBytes = options.maxBytes ?? MAX_MANIFEST_BYTES;
  // Refused texts are not cached: a later call may allow more.
  if (text.length > maxBytes) return freeze({ text, documents: [], pods: [], problems: [tooLarge(text, maxBytes)], ok: false }, []);
  if (options.once) return readBlock(text) ?? parseUncached(text);
  const parsed = recent.get(text) ?? reparseAfterTyping(text) ?? parseUncached(text);
  // Most recently used last: that is the parse the next keystroke is typed into (an undo
  // back to a cached text is where typing goes on).
  recent.delete(text);
  recent.set(text, parsed);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  return parsed;
}

/**
 * The last few results, by text, least recently used first. A diagram edit parses its
 * result to check it, and the store then derives from the same text: the second parse is
 * free. Results are immutable.
 */
const recent = new Map<string, ParsedManifest>();
const RECENT_LIMIT = 4;

/** When `text` is the last text asked for with one value typed into, its result built from that parse (reparse.ts). */
function reparseAfterTyping(text: string): ParsedManifest | undefined {
  let last: ParsedManifest | undefined;
  for (const parsed of recent.values()) last = parsed;
  if (!last?.ok || yamlDocumentsOf(last).some((doc) => repairedDocs.has(doc))) return undefined;
  const edit = reparseScalarEdit(last.text, yamlDocumentsOf(last), text, YAML_OPTIONS);
  if (!edit) return undefined;
  // The plain data is shared with the last parse wherever it did not change, so what is
  // derived from an untouched container (its diagram node, its findings) can be kept too.
  const values = last.documents.map((document, i): KnownValue | undefined => {
    if (i !== edit.docIndex) return { value: document.value };
    return edit.data && withValueAt(document.value, edit.data.path, edit.data.value);
  });
  return manifestOf(text, edit.docs, values);
}

/** A document's plain data when it is already known (boxed: undefined is a value too). */
interface KnownValue {
  readonly value: unknown;
}

/** A copy of `root` with `value` at `path`, new objects only along the path; undefined when the path is not there. */
function withValueAt(root: unknown, path: readonly (string | number)[], value: unknown): KnownValue | undefined {
  if (path.length === 0) return { value };
  const [key, ...rest] = path;
  if (Array.isArray(root) && typeof key === 'number' && key < root.length) {
    const inner = withValueAt(root[key], rest, value);
    return inner && { value: root.map((item, i) => (i === key ? inner.value : item)) };
  }
  if (isRecord(root) && typeof key === 'string' && Object.hasOwn(root, key)) {
    const inner = withValueAt(root[key], rest, value);
    return inner && { value: { ...root, [key]: inner.value } };
  }
  return undefined;
}

/** The manifest as the block reader reads it, when it can (no problems: it reads only what yaml reads without any). */
function readBlock(text: string): ParsedManifest | undefined {
  const docs = readBlockYaml(text);
  if (!docs) return undefined;
  const problems: ParseProblem[] = [];
  const documents = docs.map((doc, index) => describeValue(doc.value, index, { from: doc.from, to: doc.to }, (path) => nodeAt(doc.root, path)?.kind === 'map', problems));
  const parsed = manifestFrom(text, documents, problems);
  blockDocuments.set(parsed, docs);
  return parsed;
}

function parseUncached(text: string): ParsedManifest {
  const refusal = refuseUnparseable(text);
  if (refusal) return freeze({ text, documents: [], pods: [], problems: [refusal], ok: false }, []);

  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[];
  } catch (error) {
    return freeze({ text, documents: [], pods: [], problems: [problem('yaml', messageOf(error), 0, text.length)], ok: false }, []);
  }
  if (!Array.isArray(docs)) docs = []; // parseAllDocuments returns an EmptyStream for an empty text
  return manifestOf(text, docs.some((d) => d.errors.length > 0) ? asKubectlReadsIt(text, docs) : docs);
}

/**
 * Documents that do not parse, read again the way kubectl's go-yaml reads them
 * (lenient.ts: quoted strings continued on lines indented no deeper than their key). The
 * repaired text has the same length, so the documents' offsets are the text's; a
 * document is replaced only when the repair makes it parse, and says so in a warning.
 */
function asKubectlReadsIt(text: string, docs: Document.Parsed[]): Document.Parsed[] {
  const repaired = joinQuotedLines(text);
  if (repaired === undefined) return docs;
  const again = parseAllDocuments(repaired, YAML_OPTIONS) as Document.Parsed[];
  if (!Array.isArray(again) || again.length !== docs.length) return docs;
  return docs.map((doc, i) => {
    const other = again[i]!;
    if (doc.errors.length === 0 || other.errors.length > 0) return doc;
    const [from] = doc.range;
    other.warnings.push(new YAMLWarning([from, from + 1], 'BAD_INDENT', 'A quoted string continues on lines indented no deeper than its key: kubectl accepts it (and so does Podsmith), the YAML spec does not.'));
    repairedDocs.add(other);
    return other;
  });
}

/** Documents parsed from the repaired text: typing into their file parses it whole again (reparse.ts reads the source). */
const repairedDocs = new WeakSet<Document.Parsed>();

/** The manifest read from its `yaml` documents: problems, documents, pods. */
export function manifestOf(text: string, docs: Document.Parsed[], known: readonly (KnownValue | undefined)[] = []): ParsedManifest {
  const problems: ParseProblem[] = [];
  const documents: ManifestDocument[] = docs.map((doc, index) => {
    for (const e of doc.errors) problems.push(problem('yaml', e.message, e.pos[0], e.pos[1]));
    for (const w of doc.warnings) problems.push({ ...problem('yaml', w.message, w.pos[0], w.pos[1]), severity: 'warning' });
    return describeDocument(doc, index, text, problems, known[index]);
  });

  return freeze(manifestFrom(text, documents, problems), docs);
}

/** The manifest of described documents: its pods, and whether it parsed (no error among the problems). */
function manifestFrom(text: string, documents: ManifestDocument[], problems: ParseProblem[]): ParsedManifest {
  const pods = documents.flatMap((d) => (d.pod ? [d.pod] : (d.listPods ?? [])));
  return { text, documents, pods, problems, ok: !problems.some((p) => p.severity === 'error') };
}

function freeze(parsed: ParsedManifest, docs: readonly Document.Parsed[]): ParsedManifest {
  yamlDocuments.set(parsed, docs);
  return parsed;
}

function tooLarge(text: string, maxBytes: number): ParseProblem {
  const mb = (text.length / 1_000_000).toFixed(1);
  return problem('too-large', `The manifest is ${mb} MB; Podsmith designs manifests up to ${+(maxBytes / 1_000_000).toFixed(1)} MB. The text is kept as it is.`, 0, 0);
}

function refuseUnparseable(text: string): ParseProblem | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return problem('binary', 'This looks like a binary file (it contains a NUL byte), not a YAML manifest.', nul, nul + 1);
  return undefined;
}

function describeDocument(doc: Document.Parsed, index: number, text: string, problems: ParseProblem[], known: KnownValue | undefined): ManifestDocument {
  const range = documentRange(doc, text);
  if (doc.errors.length > 0) return { index, range, value: undefined };
  const isMapAt = (path: YamlPath) => isMap(doc.getIn(path, true));
  if (known) return describeValue(known.value, index, range, isMapAt, problems);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    problems.push(problem('yaml', `${messageOf(error)} (too many aliases: is this a YAML bomb?)`, range.from, range.to));
    return { index, range, value: undefined };
  }
  return describeValue(value, index, range, isMapAt, problems);
}

/** What a document's plain data says: its kind and name, and where its pods are (a pod spec must be a map in the text: `isMapAt`). */
function describeValue(value: unknown, index: number, range: TextRange, isMapAt: (path: YamlPath) => boolean, problems: ParseProblem[]): ManifestDocument {
  if (value === null || value === undefined) return { index, range, value };
  if (!isRecord(value)) {
    problems.push({ ...problem('not-an-object', 'This document is not a Kubernetes object (it is not a mapping).', range.from, range.to), severity: 'warning' });
    return { index, range, value };
  }

  const kind = stringOr(value.kind);
  const base = {
    index,
    range,
    value,
    apiVersion: stringOr(value.apiVersion),
    kind,
    name: stringOr(isRecord(value.metadata) ? value.metadata.name : undefined),
  };
  if (isWorkloadKind(kind) && isMapAt(POD_SPEC_PATHS[kind])) {
    return { ...base, pod: { documentIndex: index, specPath: POD_SPEC_PATHS[kind] } };
  }
  if (kind === 'List' && Array.isArray(value.items)) {
    const listPods = value.items.flatMap((item: unknown, i: number): PodRef[] => {
      if (!isRecord(item) || !isWorkloadKind(item.kind)) return [];
      const specPath = ['items', i, ...POD_SPEC_PATHS[item.kind]];
      return isMapAt(specPath) ? [{ documentIndex: index, specPath }] : [];
    });
    return { ...base, listPods };
  }
  return base;
}

/** The text a document spans, from its first content (or `---`) to its end. */
function documentRange(doc: Document.Parsed, text: string): TextRange {
  const [from, , to] = doc.range;
  return { from: Math.max(0, Math.min(from, text.length)), to: Math.max(0, Math.min(to, text.length)) };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function problem(code: string, message: string, from: number, to: number): ParseProblem {
  return { code, message, range: { from, to: Math.max(from, to) }, severity: 'error' };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

