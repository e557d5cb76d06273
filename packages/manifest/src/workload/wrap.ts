/**
 * "Wrap as": the pod of one document as a Pod, a Deployment, a StatefulSet, a DaemonSet,
 * a ReplicaSet, a Job or a CronJob. Text in, text out. The pod spec and the pod's
 * metadata move as their own text (comments, quoting, key order kept), re-indented
 * under the new kind's template; only the wrapper around them is written new. Other
 * documents of the file are not touched. The result is parsed and checked to hold the
 * same pod spec before it is returned.
 */
import { isMap, isScalar, type Document, type Pair, type YAMLMap } from 'yaml';
import { EDIT_PARSE, isRecord, parseManifest, POD_SPEC_PATHS, yamlDocumentsOf } from '../parse';
import type { WorkloadKind, YamlPath } from '../types';
import { EditError, isFlow, nodeRange, pairExtent, pairOf, type Extent } from '../edit/extent';
import { setIn, sourceOf } from '../edit/primitives';
import { renderBlock, renderPair } from '../edit/render';
import { columnOf, indentOfLine, isCommentLine, lineStart, nextLineStart, reindent } from '../edit/text';
import { API_VERSIONS, DEFAULT_SCHEDULE, FIELD_LEVELS, needsSelector, restartPolicyFor } from './kinds';

export type WrapResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

export function wrapAs(text: string, documentIndex: number, kind: WorkloadKind): WrapResult {
  try {
    const crlf = text.includes('\r\n') && !/(^|[^\r])\n/.test(text);
    const next = crlf ? wrapLf(text.replace(/\r\n/g, '\n'), documentIndex, kind).replace(/\n/g, '\r\n') : wrapLf(text, documentIndex, kind);
    return { ok: true, text: next };
  } catch (error) {
    if (error instanceof EditError) return { ok: false, error: error.message };
    throw error;
  }
}

/** Lines of YAML taken from the text, and the column their top level sits at. */
interface Block {
  readonly text: string;
  readonly column: number;
}

/** A value to write under a key: lines taken from the text, or plain data rendered new. */
type Piece = { readonly block: Block } | { readonly data: unknown } | { readonly inline: string };

function wrapLf(text: string, documentIndex: number, kind: WorkloadKind): string {
  const parsed = parseManifest(text, EDIT_PARSE);
  if (!parsed.ok) throw new EditError('The YAML has errors: fix them before changing the kind.');
  const described = parsed.documents[documentIndex];
  const doc = yamlDocumentsOf(parsed)[documentIndex];
  const from = described?.kind;
  if (!described?.pod || !doc || !isWorkloadDocument(described.pod.specPath, from)) {
    throw new EditError('Only a document that is a workload (a Pod, a Deployment, …, a CronJob) can change its kind; items of a List cannot.');
  }
  if (from === kind) return text;
  const root = doc.contents;
  if (!isMap(root) || isFlow(root)) throw new EditError('This document is written in flow style (JSON); Podsmith changes the kind of block-style YAML only.');

  const source = readWorkload(text, doc, root, from, described.value);
  const composed = compose(source, kind, stepOf(text, root));
  const first = root.items[0] as Pair;
  const start = lineStart(text, nodeRange(first.key)[0]);
  if (text.slice(start, nodeRange(first.key)[0]).trim() !== '') throw new EditError('This document does not start its keys on their own lines; edit it in the YAML.');
  const end = pairLines(text, root.items[root.items.length - 1] as Pair).to;
  const wrapped = text.slice(0, start) + composed + text.slice(end);
  const fixed = withRestartPolicy(wrapped, documentIndex, kind, source.podSpec);
  checkSamePod(fixed, documentIndex, kind, source.podSpec);
  return fixed;
}

function isWorkloadDocument(specPath: YamlPath, kind: string | undefined): kind is WorkloadKind {
  return kind !== undefined && kind in POD_SPEC_PATHS && specPath.join('.') === POD_SPEC_PATHS[kind as WorkloadKind].join('.');
}

/** Everything of the old document the new one is built from. */
interface Workload {
  readonly kind: WorkloadKind;
  readonly name: string | undefined;
  readonly namespace: unknown;
  /** The pod spec's text, and the comment lines above its `spec:` key. */
  readonly podSpecPiece: Piece;
  readonly podSpecComments: Block | undefined;
  readonly podSpec: Record<string, unknown>;
  /** The object's own metadata (the Pod's, or the workload's). */
  readonly metadata: Pair | undefined;
  /** The pod template's metadata (the Pod's own metadata for a Pod). */
  readonly podMetadata: Pair | undefined;
  readonly podLabels: unknown;
  /** `selector:` with its value, when the kind has one. */
  readonly selector: Block | undefined;
  /** Workload fields by key (`replicas: 3`), with their comments. */
  readonly fields: ReadonlyMap<string, Block>;
  readonly text: string;
}

function readWorkload(text: string, doc: Document.Parsed, root: YAMLMap, kind: WorkloadKind, value: unknown): Workload {
  const specPath = POD_SPEC_PATHS[kind];
  const templatePath = specPath.slice(0, -1);
  const holder = templatePath.length === 0 ? root : doc.getIn(templatePath, true);
  if (!isMap(holder) || isFlow(holder)) throw new EditError('The pod template is written in flow style; edit it in the YAML.');
  const specPair = pairOf(holder, 'spec')!;
  const podSpec = podSpecPiece(text, specPair);
  const ext = pairLines(text, specPair, holder);
  const keyLine = lineStart(text, nodeRange(specPair.key)[0]);

  const data = isRecord(value) ? value : {};
  const metadata = isRecord(data.metadata) ? data.metadata : {};
  const podMetadata = plainAt(data, [...templatePath, 'metadata']);
  const specMap = pairAt(root, 'spec')?.value;
  const fields = new Map<string, Block>();
  for (const level of FIELD_LEVELS[kind]) {
    const map = level.path.length === 1 ? specMap : doc.getIn(level.path, true);
    if (!isMap(map)) continue;
    for (const pair of map.items as Pair[]) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key === 'string' && level.fields.includes(key)) fields.set(key, pairBlock(text, pair, map));
    }
  }
  const selectorPair = needsSelector(kind) ? pairAt(specMap, 'selector') : undefined;
  return {
    kind,
    name: typeof metadata.name === 'string' ? metadata.name : undefined,
    namespace: metadata.namespace,
    podSpecPiece: podSpec,
    podSpecComments: ext.from < keyLine ? { text: text.slice(ext.from, keyLine), column: ext.column } : undefined,
    podSpec: plainAt(data, specPath) as Record<string, unknown>,
    metadata: pairAt(root, 'metadata'),
    podMetadata: pairAt(holder, 'metadata'),
    podLabels: isRecord(podMetadata) ? podMetadata.labels : undefined,
    selector: selectorPair && isMap(specMap) ? pairBlock(text, selectorPair, specMap) : undefined,
    fields,
    text,
  };
}

/* ---- writing the new document ---- */

function compose(w: Workload, kind: WorkloadKind, step: number): string {
  const out: string[] = [renderPair('apiVersion', API_VERSIONS[kind], false), renderPair('kind', kind, false)];
  const put = (column: number, key: string, piece: Piece | undefined) => {
    if (piece) out.push(pieceLines(column, key, piece, step));
  };
  const labels = isRecord(w.podLabels) && Object.keys(w.podLabels).length > 0 ? undefined : { app: w.name ?? 'app' };
  const identity = { name: w.name, ...(w.namespace !== undefined ? { namespace: w.namespace } : {}) };

  if (kind === 'Pod') {
    // The pod is the template: its metadata, with the workload's name and namespace.
    put(0, 'metadata', withData(identity, mapPiece(w.text, w.podMetadata, ['name', 'namespace'])));
    if (w.podSpecComments) out.push(reindent(w.podSpecComments.text, -w.podSpecComments.column));
    put(0, 'spec', w.podSpecPiece);
    return out.join('');
  }

  const fromPod = w.kind === 'Pod';
  const ownMetadata = fromPod ? { data: { ...identity, labels: w.podLabels ?? labels } } : mapPiece(w.text, w.metadata) ?? { data: identity };
  put(0, 'metadata', ownMetadata);
  out.push('spec:\n');
  const levels = FIELD_LEVELS[kind];
  const defaults = new Map<string, unknown>([
    ['serviceName', w.name ?? 'app'],
    ['schedule', DEFAULT_SCHEDULE],
  ]);
  const writeFields = (column: number, fields: readonly string[]) => {
    for (const [key, value] of defaults) if (fields.includes(key) && !w.fields.has(key)) put(column, key, { data: value });
    for (const [key, block] of w.fields) if (fields.includes(key)) out.push(reindent(block.text, column - block.column));
  };
  writeFields(step, levels[0]?.fields ?? []);
  if (needsSelector(kind)) {
    if (w.selector) out.push(reindent(w.selector.text, step - w.selector.column));
    else put(step, 'selector', { data: { matchLabels: w.podLabels !== undefined && labels === undefined ? w.podLabels : labels } });
  }
  let column = step;
  if (kind === 'CronJob') {
    out.push(`${indent(step)}jobTemplate:\n${indent(2 * step)}spec:\n`);
    column = 3 * step;
    writeFields(column, levels[1]?.fields ?? []);
  }
  out.push(`${indent(column)}template:\n`);
  const exclude = fromPod ? ['name', 'namespace'] : [];
  const templateMetadata = labels && needsSelector(kind) ? withData({ labels }, mapPiece(w.text, w.podMetadata, exclude)) : mapPiece(w.text, w.podMetadata, exclude);
  put(column + step, 'metadata', templateMetadata);
  if (w.podSpecComments) out.push(reindent(w.podSpecComments.text, column + step - w.podSpecComments.column));
  put(column + step, 'spec', w.podSpecPiece);
  return out.join('');
}

function pieceLines(column: number, key: string, piece: Piece, step: number): string {
  if ('data' in piece) return reindent(renderPair(key, piece.data, false), column);
  if ('inline' in piece) return `${indent(column)}${key}: ${piece.inline}\n`;
  return `${indent(column)}${key}:\n${reindent(piece.block.text, column + step - piece.block.column)}`;
}

/** Rendered keys first (name, namespace, labels), then the kept lines at the same column. */
function withData(data: Record<string, unknown>, kept: Piece | undefined): Piece {
  const defined = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  if (!kept) return { data: defined };
  if ('inline' in kept) return kept;
  if ('data' in kept) return { data: { ...defined, ...(kept.data as Record<string, unknown>) } };
  if (Object.keys(defined).length === 0) return kept;
  return { block: { text: reindent(renderBlock(defined, false), kept.block.column) + kept.block.text, column: kept.block.column } };
}

/** A block of lines always ends its last line (a file may end without a line break). */
function endLine(lines: string): string {
  return lines.endsWith('\n') ? lines : `${lines}\n`;
}

function indent(column: number): string {
  return ' '.repeat(column);
}

/* ---- reading blocks out of the old text ---- */

/** The pod spec's own lines, or its text when it is a flow map on one line (`spec: {}`). */
function podSpecPiece(text: string, pair: Pair): Piece {
  const block = valueBlock(text, pair);
  if (block) return { block };
  const [from, to] = nodeRange(pair.value);
  const inline = text.slice(from, to);
  if (inline.includes('\n')) throw new EditError('The pod spec is written in flow style over several lines; Podsmith changes the kind of block-style YAML only.');
  return { inline };
}

/** The lines of a block map's value (below its `key:` line), or undefined for a flow or scalar value. */
function valueBlock(text: string, pair: Pair): Block | undefined {
  const value = pair.value;
  if (!isMap(value) || isFlow(value) || value.items.length === 0) return undefined;
  const start = nextLineStart(text, nodeRange(pair.key)[1]);
  const firstKey = (value.items[0] as Pair).key;
  if (start > nodeRange(firstKey)[0]) return undefined; // the value starts on the key's line
  return { text: endLine(text.slice(start, pairLines(text, pair).to)), column: columnOf(text, nodeRange(firstKey)[0]) };
}

/**
 * A pair's lines with its comments (extent.ts), ending before the next line that is not
 * a comment and sits at the key's column or left of it: the parser's range of a block
 * value can reach into the next key's line.
 */
function pairLines(text: string, pair: Pair, map?: YAMLMap): Extent {
  const ext = pairExtent(text, pair);
  const index = map ? map.items.indexOf(pair) : -1;
  // Deeper comment lines between two pairs are the earlier one's (extent.ts lets both claim them).
  const from = index > 0 ? Math.max(ext.from, pairLines(text, map!.items[index - 1] as Pair).to) : ext.from;
  let at = nextLineStart(text, nodeRange(pair.key)[0]);
  while (at < ext.to) {
    const column = indentOfLine(text, at);
    if (column >= 0 && column <= ext.column && !isCommentLine(text, at)) return { ...ext, from, to: at };
    at = nextLineStart(text, at);
  }
  return { ...ext, from };
}

/** `key: value` with its comment lines. */
function pairBlock(text: string, pair: Pair, map: YAMLMap): Block {
  const ext = pairLines(text, pair, map);
  return { text: endLine(text.slice(ext.from, ext.to)), column: ext.column };
}

/**
 * A map's value (a pair `metadata:` and its map) without the pairs of `exclude`: its own
 * lines for a block map, plain data for a flow map; undefined when nothing is left.
 */
function mapPiece(text: string, pair: Pair | undefined, exclude: readonly string[] = []): Piece | undefined {
  const map = pair?.value;
  if (!pair || !isMap(map) || map.items.length === 0) return undefined;
  const keep = (key: unknown) => !exclude.includes(String(key));
  const whole = valueBlock(text, pair);
  if (!whole) {
    const data = Object.fromEntries(Object.entries(map.toJSON() as Record<string, unknown>).filter(([k]) => keep(k)));
    return Object.keys(data).length > 0 ? { data } : undefined;
  }
  const offset = nextLineStart(text, nodeRange(pair.key)[1]);
  const cuts = (map.items as Pair[]).filter((p) => !keep(isScalar(p.key) ? p.key.value : undefined)).map((p) => pairLines(text, p, map));
  if (cuts.length === map.items.length) return undefined;
  let kept = whole.text;
  for (const cut of cuts.reverse()) kept = kept.slice(0, cut.from - offset) + kept.slice(cut.to - offset);
  return { block: { text: kept, column: whole.column } };
}

function pairAt(parent: unknown, key: string): Pair | undefined {
  return isMap(parent) ? pairOf(parent, key) : undefined;
}

function plainAt(value: unknown, path: YamlPath): unknown {
  let at = value;
  for (const key of path) at = isRecord(at) && typeof key === 'string' && Object.hasOwn(at, key) ? at[key] : undefined;
  return at;
}

/** The document's indentation step: how far its `spec:` value sits in from the key. */
function stepOf(text: string, root: YAMLMap): number {
  const spec = pairAt(root, 'spec')?.value;
  const first = isMap(spec) && !isFlow(spec) ? (spec.items[0] as Pair | undefined) : undefined;
  const step = first ? columnOf(text, nodeRange(first.key)[0]) : 2;
  return step > 0 ? step : 2;
}

/* ---- after writing ---- */

function withRestartPolicy(text: string, documentIndex: number, kind: WorkloadKind, podSpec: Record<string, unknown>): string {
  const current = podSpec.restartPolicy;
  const wanted = restartPolicyFor(kind, current);
  if (wanted === current) return text;
  return setIn(sourceOf(text, documentIndex), [...POD_SPEC_PATHS[kind], 'restartPolicy'], wanted);
}

/** The oracle: the new document is of the kind asked for and holds the same pod spec (but for its restartPolicy). */
function checkSamePod(text: string, documentIndex: number, kind: WorkloadKind, podSpec: Record<string, unknown>): void {
  const parsed = parseManifest(text, EDIT_PARSE);
  const described = parsed.documents[documentIndex];
  const spec = plainAt(described?.value, POD_SPEC_PATHS[kind]);
  const expected = { ...podSpec, restartPolicy: restartPolicyFor(kind, podSpec.restartPolicy) };
  if (!parsed.ok && /(^|[\s,[{])\*[^\s,\]}]+/m.test(text)) {
    throw new EditError(`As a ${kind}, an alias (*name) would come before its anchor (&name) or lose it; nothing was changed. Edit it in the YAML.`);
  }
  if (!parsed.ok || described?.kind !== kind || !isRecord(spec) || JSON.stringify(sorted({ ...spec, restartPolicy: spec.restartPolicy })) !== JSON.stringify(sorted(expected))) {
    throw new EditError(`Podsmith could not change this document to a ${kind} without changing its pod; nothing was changed.`);
  }
}

/** Keys in a fixed order and undefined dropped, so two specs compare by meaning. */
function sorted(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
