/**
 * A fast reader for the YAML most manifests are written in: block maps and sequences,
 * plain and quoted scalars (over several lines too), literal and folded block scalars,
 * and flow collections. It gives what the linter needs of a parse, the plain data and the
 * range of every node (tree.ts), and nothing else: no comments, no CST, no `yaml`
 * Document.
 *
 * Why: the CLI parses every file once and lints it, and building `yaml`'s Documents (its
 * tokens, its CST, its nodes, then plain data from them) cost more than the lint itself.
 * This reader makes one pass over the characters.
 *
 * It reads a text exactly as `yaml` does with YAML_OPTIONS, or not at all: anything else
 * (anchors, aliases, tags, directives, merge keys, duplicate keys, keys that are not
 * strings, comments inside flow collections, tabs, CR line ends, anything `yaml` would
 * call an error or a warning) makes readBlockYaml return undefined, and the caller
 * parses the text with `yaml`. Plain scalars are resolved by `yaml`'s own YAML 1.1 tags
 * (scalars.ts). The ranges follow where `yaml`'s Parser puts comments (afterValue,
 * close). reader.test.ts holds it to `yaml`'s data and ranges on every manifest of the
 * corpus and on changed copies of them.
 */
import { LeftToYaml } from './leftToYaml';
import { doubleQuotedValue, singleQuotedValue } from './quoted';
import { resolvePlainKey, resolvePlainValue } from './scalars';
import type { BlockDocument, BlockNode } from './tree';

const SPACE = 0x20;
const LF = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;

/** The documents of `text` as `yaml` would read them, or undefined when the text is not in the subset. */
export function readBlockYaml(text: string): BlockDocument[] | undefined {
  // CR line ends, a BOM and control characters are left to `yaml`.
  // eslint-disable-next-line no-control-regex
  if (text.length === 0 || /[\r\t\u0000-\u0008\u000b\u000c\u000e-\u001f\ufeff]/.test(text)) return undefined;
  try {
    return new Reader(text).documents();
  } catch (error) {
    // Nesting deeper than the stack is left to yaml too, which reports it as a problem.
    if (error instanceof LeftToYaml || error instanceof RangeError) return undefined;
    throw error;
  }
}

class Reader {
  readonly #text: string;
  /**
   * Where the node read last ends with what yaml counts after it (its range[2]: its line's
   * comment and newline, comments joined to it); set by every read function.
   */
  #end = 0;
  /**
   * What the node read last was, when not a block collection: `flow` for a scalar or a
   * flow collection (yaml's token for it has an `end` that more indented comments join),
   * `block` for a block scalar.
   */
  #leaf: 'flow' | 'block' | undefined;
  /** The indentation the lines of the flow collection being read must go beyond, and how deep it is. */
  #flowIndent = 0;
  #flowDepth = 0;
  /** Comment lines after the last value that no collection has kept yet (see afterValue). */
  #pending: { maxColumn: number; end: number } | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  documents(): BlockDocument[] {
    const text = this.#text;
    const docs: BlockDocument[] = [];
    // A document's range starts at its `---`, or at its content when it has none.
    let from = this.nextContent(0);
    for (;;) {
      let p = from;
      if (this.isDocumentStart(p)) p = this.afterMarker(p);
      // An indented first document starts at its line (yaml's): left to yaml.
      else if (this.column(p) > 0) throw new LeftToYaml();
      if (p >= text.length || this.isDocumentStart(p)) {
        // `---` and nothing else: yaml's empty node right after the marker (and its
        // spaces); the document goes on to the next one when comments follow.
        const at = this.skipSpaces(from + 3);
        docs.push({ value: null, root: { kind: 'scalar', from: at, to: at }, from, to: this.hasComment(at, p) ? Math.min(p, text.length) : at });
        if (p >= text.length) return docs;
        from = p;
        continue;
      }
      const { node, value } = this.blockNodeAtLineStart(p, -1);
      this.#pending = undefined;
      let next = this.nextContent(this.#end);
      // It ends where the next one starts (comments between them are the first one's), or
      // after its `...`, or where its last value does when that is empty (yaml keeps what
      // follows with the key).
      let to = isEmpty(lastLeafOf(node)) ? this.#end : Math.min(next, text.length);
      if (this.isDocumentEnd(next)) {
        const afterEnd = this.endOfLine(next + 3);
        to = afterEnd;
        next = this.nextContent(afterEnd);
      }
      if (next < text.length && !this.isDocumentStart(next)) throw new LeftToYaml();
      docs.push({ value, root: node, from, to });
      if (next >= text.length) return docs;
      from = next;
    }
  }

  /** `---` at a line start, followed by a space, a newline or the end. */
  isDocumentStart(p: number): boolean {
    return this.isMarker(p, '---', true);
  }

  /** `...` alone at a line start (a comment after it is left to yaml). */
  isDocumentEnd(p: number): boolean {
    return this.isMarker(p, '...', false);
  }

  isMarker(p: number, marker: string, spaceAfter: boolean): boolean {
    if (this.column(p) !== 0 || !this.#text.startsWith(marker, p)) return false;
    const c = this.#text.charCodeAt(p + 3);
    return Number.isNaN(c) || c === LF || (spaceAfter && c === SPACE);
  }

  /** After a `---` marker: only a comment may follow it on its line. */
  afterMarker(p: number): number {
    const q = this.skipSpaces(p + 3);
    const c = this.#text.charCodeAt(q);
    if (!Number.isNaN(c) && c !== LF) throw new LeftToYaml();
    return this.nextContent(q);
  }

  /** Whether a comment starts between two positions (`from` at or after a line's content). */
  hasComment(from: number, to: number): boolean {
    for (let p = from; p < to; p++) if (this.#text.charCodeAt(p) === HASH) return true;
    return false;
  }

  /**
   * The first character of the next line that has content (not blank, not only a
   * comment), from a position at or before a line end. Asked several times for the same
   * position (by each collection that may end there), so the last answer is kept, with
   * its line's start.
   */
  nextContent(p: number): number {
    if (p === this.#asked) return this.#answer;
    const answer = this.findNextContent(p);
    this.#asked = p;
    this.#answer = answer;
    this.#answerLineStart = this.#text.lastIndexOf('\n', answer - 1) + 1;
    return answer;
  }

  #asked = -1;
  #answer = 0;
  #answerLineStart = 0;

  findNextContent(p: number): number {
    const text = this.#text;
    let lineStart = p;
    if (p > 0 && text.charCodeAt(p - 1) !== LF) {
      // Mid-line: the rest of this line must be blank or a comment.
      const q = this.skipSpaces(p);
      const c = text.charCodeAt(q);
      if (!Number.isNaN(c) && c !== LF && c !== HASH) return q;
      lineStart = this.lineEnd(q) + 1;
    }
    while (lineStart < text.length) {
      const q = this.skipSpaces(lineStart);
      const c = text.charCodeAt(q);
      if (Number.isNaN(c)) return text.length;
      if (c !== LF && c !== HASH) return q;
      lineStart = this.lineEnd(q) + 1;
    }
    return text.length;
  }

  /** The first character of the next line that is not blank (a comment line counts), from a line start. */
  nextNonBlank(p: number): number {
    const text = this.#text;
    for (;;) {
      const q = this.skipSpaces(p);
      if (text.charCodeAt(q) !== LF) return Math.min(q, text.length);
      p = q + 1;
    }
  }

  lineStart(p: number): number {
    return p === this.#answer ? this.#answerLineStart : this.#text.lastIndexOf('\n', p - 1) + 1;
  }

  skipSpaces(p: number): number {
    const text = this.#text;
    while (text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** The position of the newline ending the line of `p` (or the text's end). */
  lineEnd(p: number): number {
    const nl = this.#text.indexOf('\n', p);
    return nl < 0 ? this.#text.length : nl;
  }

  /** The column of `p`: its line's indentation when `p` is the line's first non-space character. */
  column(p: number): number {
    return p - this.lineStart(p);
  }

  /**
   * After a node's last character on its line: spaces and a comment to the line's end,
   * and the newline. Returns the position after them (yaml's range[2] of the node).
   */
  endOfLine(p: number): number {
    const text = this.#text;
    const q = this.skipSpaces(p);
    const c = text.charCodeAt(q);
    if (Number.isNaN(c)) return q;
    if (c === LF) return q + 1;
    if (c === HASH && q > p) {
      const nl = this.lineEnd(q);
      return nl < text.length ? nl + 1 : nl;
    }
    throw new LeftToYaml();
  }

  /**
   * A node that starts a line at `p` (a document's root, or a value on the lines below its
   * key): a sequence, a map, or (not in the subset) a scalar.
   */
  blockNodeAtLineStart(p: number, parentIndent: number): { node: BlockNode; value: unknown } {
    if (this.isSeqItem(p)) return this.blockSeq(p, this.column(p));
    if (this.keyEnd(p) !== undefined) return this.blockMap(p, this.column(p), parentIndent);
    // A scalar or a flow collection below its key (Helm writes `annotations:` over `{}`),
    // or a document that is a flow collection (JSON); a document that is a scalar, or a
    // block scalar's header on a line of its own, is left to yaml.
    const c = this.#text.charCodeAt(p);
    const flow = c === 0x5b || c === 0x7b;
    if ((parentIndent < 0 && !flow) || c === 0x7c || c === 0x3e) throw new LeftToYaml();
    return this.inlineValue(p, parentIndent, false);
  }

  /** `-` followed by a space, a newline or the end. */
  isSeqItem(p: number): boolean {
    const text = this.#text;
    if (text.charCodeAt(p) !== DASH) return false;
    const c = text.charCodeAt(p + 1);
    return Number.isNaN(c) || c === SPACE || c === LF;
  }

  /**
   * When `p` starts an implicit key on this line (`name:`, `"name":`), the position of
   * its colon; undefined otherwise. Asked twice for a map's first key (is this a map? then
   * its first key), so the last answer is kept.
   */
  keyEnd(p: number): number | undefined {
    if (p !== this.#keyAsked) {
      this.#keyAsked = p;
      this.#keyAnswer = this.findKeyEnd(p);
    }
    return this.#keyAnswer;
  }

  #keyAsked = -1;
  #keyAnswer: number | undefined;

  findKeyEnd(p: number): number | undefined {
    const text = this.#text;
    const c = text.charCodeAt(p);
    if (c === 0x22 || c === 0x27) {
      const close = this.quotedEnd(p);
      if (text.lastIndexOf('\n', close) > p) return undefined; // over several lines: not a key
      const q = this.skipSpaces(close);
      return text.charCodeAt(q) === COLON && this.isSeparator(q + 1) ? q : undefined;
    }
    for (let q = p; q < text.length; q++) {
      const d = text.charCodeAt(q);
      if (d === LF || (d === HASH && text.charCodeAt(q - 1) === SPACE)) return undefined;
      if (d === COLON && this.isSeparator(q + 1)) return q;
    }
    return undefined;
  }

  /** A space, a newline or the end: what must follow a `:` or `-` indicator. */
  isSeparator(p: number): boolean {
    const c = this.#text.charCodeAt(p);
    return Number.isNaN(c) || c === SPACE || c === LF;
  }

  blockMap(first: number, indent: number, parentIndent: number): { node: BlockNode; value: unknown } {
    if (indent <= parentIndent) throw new LeftToYaml();
    const text = this.#text;
    const value: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyFroms: number[] = [];
    const values: BlockNode[] = [];
    let p = first;
    for (;;) {
      const colon = this.keyEnd(p);
      if (colon === undefined) throw new LeftToYaml();
      const key = this.key(p, colon);
      if (Object.hasOwn(value, key)) throw new LeftToYaml();
      keys.push(key);
      keyFroms.push(p);
      const item = this.valueAfterIndicator(colon + 1, indent, false);
      value[key] = item.value;
      values.push(item.node);
      const next = this.afterValue(indent);
      if (next >= text.length || this.isDocumentStart(next) || this.isDocumentEnd(next)) break;
      const nextIndent = this.column(next);
      if (nextIndent < indent) break;
      if (nextIndent > indent || this.isSeqItem(next)) throw new LeftToYaml();
      this.#pending = undefined;
      p = next;
    }
    const valueEnd = this.close(indent);
    return { node: { kind: 'map', from: first, to: valueEnd, keys, keyFroms, values }, value };
  }

  blockSeq(first: number, indent: number): { node: BlockNode; value: unknown } {
    const text = this.#text;
    const value: unknown[] = [];
    const items: BlockNode[] = [];
    let p = first;
    for (;;) {
      const item = this.valueAfterIndicator(p + 1, indent, true);
      value.push(item.value);
      items.push(item.node);
      const next = this.afterValue(indent);
      if (next >= text.length || this.isDocumentStart(next) || this.isDocumentEnd(next)) break;
      const nextIndent = this.column(next);
      if (nextIndent < indent || (nextIndent === indent && !this.isSeqItem(next))) break;
      if (nextIndent > indent) throw new LeftToYaml();
      this.#pending = undefined;
      p = next;
    }
    const valueEnd = this.close(indent);
    return { node: { kind: 'seq', from: first, to: valueEnd, items }, value };
  }

  /**
   * After the value of an item of the collection at `indent`, the comment lines before
   * the next content, attached as yaml's Parser attaches them, for the ranges they
   * stretch: a comment more indented than the collection, right after a scalar or flow
   * value (or after such comments), joins that value's end; the first other comment and
   * every comment after it wait for the collections that end here to take them (close).
   * Returns the next content's position.
   */
  afterValue(indent: number): number {
    const valueEnd = this.#end;
    const next = this.nextContent(valueEnd);
    if (this.#leaf === undefined) return next; // a collection: it took its comments when it closed
    let end = valueEnd;
    let joins = this.#leaf === 'flow';
    for (let line = valueEnd; line < next; ) {
      const q = this.skipSpaces(line);
      if (q >= next) break;
      const nl = this.lineEnd(q);
      const lineEnd = nl < this.#text.length ? nl + 1 : nl;
      if (this.#text.charCodeAt(q) === HASH) {
        const column = q - line;
        if (joins && column > indent) end = lineEnd;
        else {
          joins = false;
          this.#pending = { maxColumn: Math.max(this.#pending?.maxColumn ?? -1, column), end: lineEnd };
        }
      } else if (this.#pending && q > line) this.#pending = { ...this.#pending, end: lineEnd }; // a line of spaces
      line = lineEnd;
    }
    // The empty lines after the waiting comments join them too, and the next line's
    // indentation, unless that line is content at column 0.
    if (this.#pending && this.isDocumentEnd(next)) throw new LeftToYaml(); // where yaml puts them: not read
    if (this.#pending && (next >= this.#text.length || this.column(next) > 0 || this.isDocumentStart(next))) this.#pending = { ...this.#pending, end: next };
    this.#end = end;
    this.#leaf = undefined;
    return next;
  }

  /**
   * The collection at `indent` ends: its value ends where its last item's does, and the
   * comments after it stay with it (its range[2]) unless they are all less indented than
   * it or it is at column 0: then they go to its parent (yaml's Parser#pop). Returns
   * the value's end.
   */
  close(indent: number): number {
    const valueEnd = this.#end;
    const pending = this.#pending;
    const keeps = pending !== undefined && indent !== 0 && pending.maxColumn >= indent;
    if (keeps) this.#pending = undefined;
    this.#end = keeps ? pending.end : valueEnd;
    return valueEnd;
  }

  /** A map key's text: plain (resolved as yaml resolves a key: it must be a string) or quoted. */
  key(p: number, colon: number): string {
    const text = this.#text;
    const c = text.charCodeAt(p);
    if (c === 0x22 || c === 0x27) return this.quoted(p).value;
    if (isIndicator(c) && !(c === DASH && !this.isSeparator(p + 1))) throw new LeftToYaml();
    let end = colon;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    if (end - p > 1024) throw new LeftToYaml();
    const key = resolvePlainKey(text.slice(p, end));
    if (key === '__proto__') throw new LeftToYaml();
    return key;
  }

  /**
   * The value after `key:` or `-` at `p`: on the same line, or on the lines below, more
   * indented than `parentIndent` (a sequence may sit at the key's own indentation).
   */
  valueAfterIndicator(p: number, parentIndent: number, inSeq: boolean): { node: BlockNode; value: unknown } {
    const text = this.#text;
    const q = this.skipSpaces(p);
    const c = text.charCodeAt(q);
    if (Number.isNaN(c) || c === LF || (c === HASH && q > p)) {
      const next = this.nextContent(q);
      if (next < text.length && !this.isDocumentStart(next)) {
        const indent = this.column(next);
        if (indent > parentIndent || (indent === parentIndent && !inSeq && this.isSeqItem(next))) return this.blockNodeAtLineStart(next, parentIndent);
      }
      // An empty value (null): yaml's empty node after the indicator's spaces. Comments
      // after it are the node's in yaml: left to yaml.
      if (this.hasComment(q, next) || this.isDocumentEnd(next)) throw new LeftToYaml();
      this.#end = q;
      this.#leaf = 'block';
      return { node: { kind: 'scalar', from: q, to: q }, value: null };
    }
    if (q === p) throw new LeftToYaml(); // `key:value` is not a key
    return this.inlineValue(q, parentIndent, inSeq);
  }

  /** A value that starts at `q`, on its indicator's line or below it. */
  inlineValue(q: number, parentIndent: number, inSeq: boolean): { node: BlockNode; value: unknown } {
    const c = this.#text.charCodeAt(q);
    switch (c) {
      case 0x7c: // |
      case 0x3e: // >
        return this.blockScalar(q, parentIndent);
      case 0x5b: // [
      case 0x7b: {
        // {
        this.#flowIndent = parentIndent;
        const flow = this.flow(q);
        this.#end = this.endOfLine(flow.end);
        this.#leaf = 'flow';
        this.noContinuation(parentIndent);
        return flow;
      }
      case 0x22:
      case 0x27: {
        if (this.keyEnd(q) !== undefined) return this.compactMap(q, inSeq);
        const { value, end } = this.quoted(q, parentIndent);
        this.#end = this.endOfLine(end);
        this.#leaf = 'flow';
        this.noContinuation(parentIndent);
        return { node: { kind: 'scalar', from: q, to: end }, value };
      }
    }
    if (isIndicator(c) && !(c === DASH && !this.isSeparator(q + 1))) throw new LeftToYaml();
    if (this.keyEnd(q) !== undefined) return this.compactMap(q, inSeq);
    return this.plainScalar(q, parentIndent);
  }

  /** `- name: web`: a map whose first key is on the sequence item's line. */
  compactMap(q: number, inSeq: boolean): { node: BlockNode; value: unknown } {
    if (!inSeq) throw new LeftToYaml();
    const indent = this.column(q);
    return this.blockMap(q, indent, indent - 1);
  }

  /**
   * A plain scalar: up to a comment or the line's end, trailing spaces trimmed, and on
   * over the lines below that are more indented than `parentIndent`, folded as yaml
   * folds them. A line below that could be read otherwise (a key, a comment, an
   * indicator first) is left to yaml.
   */
  plainScalar(q: number, parentIndent: number): { node: BlockNode; value: unknown } {
    const text = this.#text;
    let end = this.plainLineEnd(q);
    let folded = text.slice(q, end);
    if (text.charCodeAt(this.skipSpaces(end)) !== HASH) {
      for (;;) {
        const next = this.nextNonBlank(this.lineEnd(end) + 1);
        const c = text.charCodeAt(next);
        // A comment line ends the scalar (noContinuation then checks nothing follows it).
        if (next >= text.length || c === HASH || next - this.lineStart(next) <= parentIndent) break;
        // `{` or `*` may go on a scalar's line; `- `, `? ` and `: ` would be read as more.
        if (((c === DASH || c === 0x3f || c === COLON) && this.isSeparator(next + 1)) || this.keyEnd(next) !== undefined) throw new LeftToYaml();
        const lineEnd = this.plainLineEnd(next);
        if (text.charCodeAt(this.skipSpaces(lineEnd)) === HASH) throw new LeftToYaml();
        const breaks = this.lineBreaksBetween(end, next);
        folded += (breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)) + text.slice(next, lineEnd);
        end = lineEnd;
      }
    }
    this.#end = this.endOfLine(end);
    this.#leaf = 'flow';
    this.noContinuation(parentIndent);
    return { node: { kind: 'scalar', from: q, to: end }, value: resolvePlainValue(folded) };
  }

  /** The end of a plain scalar's text on the line of `q`: before a comment, trailing spaces trimmed. */
  plainLineEnd(q: number): number {
    const text = this.#text;
    let end = q;
    for (let d = text.charCodeAt(end); !Number.isNaN(d) && d !== LF && !(d === HASH && text.charCodeAt(end - 1) === SPACE); d = text.charCodeAt(++end));
    while (text.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  lineBreaksBetween(from: number, to: number): number {
    let breaks = 0;
    for (let p = from; p < to; p++) if (this.#text.charCodeAt(p) === LF) breaks++;
    return breaks;
  }

  /** A one-line scalar's value must not go on below (a multi-line scalar, or yaml's error). */
  noContinuation(parentIndent: number): void {
    const next = this.nextContent(this.#end);
    if (next < this.#text.length && this.column(next) > parentIndent && !this.isDocumentStart(next)) throw new LeftToYaml();
  }

  /** The position after the closing quote. */
  quotedEnd(p: number): number {
    const text = this.#text;
    const quote = text.charCodeAt(p);
    for (let q = p + 1; q < text.length; q++) {
      const c = text.charCodeAt(q);
      if (quote === 0x22 && c === 0x5c) q++;
      else if (c === quote) {
        if (quote === 0x27 && text.charCodeAt(q + 1) === 0x27) q++;
        else return q + 1;
      }
    }
    throw new LeftToYaml();
  }

  /** A quoted scalar (quoted.ts); over several lines, they must be more indented than `parentIndent`, else left to yaml. */
  quoted(p: number, parentIndent = -1): { value: string; end: number } {
    const text = this.#text;
    const end = this.quotedEnd(p);
    const single = text.charCodeAt(p) === 0x27;
    const inner = text.slice(p + 1, end - 1);
    if (inner.includes('\n') && !this.continuationLinesIndented(p, end, parentIndent)) throw new LeftToYaml();
    return { value: single ? singleQuotedValue(inner) : doubleQuotedValue(inner), end };
  }

  /** Whether every non-blank line after the first, from `from` to `to`, is indented more than `parentIndent` (and is no document marker). */
  continuationLinesIndented(from: number, to: number, parentIndent: number): boolean {
    const text = this.#text;
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) {
      const q = this.skipSpaces(nl + 1);
      if (q >= to || text.charCodeAt(q) === LF) continue;
      if (q - (nl + 1) <= parentIndent || (q === nl + 1 && (text.startsWith('---', q) || text.startsWith('...', q)))) return false;
    }
    return true;
  }

  /** `|` or `>` with an optional chomping indicator; an explicit indentation is left to yaml. */
  blockScalar(q: number, parentIndent: number): { node: BlockNode; value: unknown } {
    const text = this.#text;
    const folded = text.charCodeAt(q) === 0x3e;
    let h = q + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    if (text.charCodeAt(h) === DASH) {
      chomp = 'strip';
      h++;
    } else if (text.charCodeAt(h) === 0x2b) {
      chomp = 'keep';
      h++;
    }
    const headerEnd = this.endOfLine(h);
    // The first non-blank line sets the indentation; an empty block scalar is left to yaml.
    const first = this.nextNonBlank(headerEnd);
    const indent = first - this.lineStart(first);
    if (first >= text.length || indent <= parentIndent) throw new LeftToYaml();
    const lines: string[] = [];
    let p = headerEnd;
    let contentEnd = headerEnd; // after the last content line's newline
    while (p < text.length) {
      const nl = this.lineEnd(p);
      const spaces = this.skipSpaces(p) - p;
      const blank = p + spaces === nl;
      if (blank) {
        // Spaces deeper than the indentation are content; before the first line, yaml's error.
        if (spaces > indent && p < first) throw new LeftToYaml();
        lines.push(spaces > indent ? text.slice(p + indent, nl) : '');
      } else {
        if (spaces < indent) break;
        lines.push(text.slice(p + indent, nl));
      }
      p = nl < text.length ? nl + 1 : nl;
      if (!blank || spaces > indent) contentEnd = p;
    }
    // Trailing blank lines belong to the scalar's text only with `+`.
    let last = lines.length;
    while (last > 0 && lines[last - 1] === '') last--;
    const body = lines.slice(0, last);
    if (folded && body.some((line) => line.startsWith(' ') || line.startsWith('\t'))) throw new LeftToYaml();
    let value = folded ? fold(body) : body.join('\n');
    const trailing = chomp === 'keep' ? '\n'.repeat(lines.length - last + 1) : chomp === 'clip' ? '\n' : '';
    if (body.length > 0) value += trailing;
    else if (chomp === 'keep') value = '\n'.repeat(lines.length);
    const end = chomp === 'keep' ? p : contentEnd;
    this.#end = end;
    this.#leaf = 'block';
    return { node: { kind: 'scalar', from: q, to: end }, value };
  }

  /**
   * A flow sequence or map, `[...]` or `{...}`, on one line or over several (more
   * indented than #flowIndent, with no comments: else left to yaml).
   */
  flow(p: number): { node: BlockNode; value: unknown; end: number } {
    const text = this.#text;
    const open = text.charCodeAt(p);
    const isSeq = open === 0x5b;
    const close = isSeq ? 0x5d : 0x7d;
    const items: BlockNode[] = [];
    const keys: string[] = [];
    const keyFroms: number[] = [];
    const seqValue: unknown[] = [];
    const mapValue: Record<string, unknown> = {};
    this.#flowDepth++;
    let q = this.skipFlowSpace(p + 1);
    for (;;) {
      if (text.charCodeAt(q) === close) break;
      if (!isSeq) {
        const keyFrom = q;
        const key = this.flowScalar(q, true);
        if (typeof key.value !== 'string' || key.value === '__proto__' || Object.hasOwn(mapValue, key.value)) throw new LeftToYaml();
        q = this.skipSpaces(key.end);
        if (text.charCodeAt(q) !== COLON || !this.isSeparator(q + 1)) throw new LeftToYaml();
        const item = this.flowItem(this.skipSpaces(q + 1));
        keys.push(key.value);
        keyFroms.push(keyFrom);
        items.push(item.node);
        mapValue[key.value] = item.value;
        q = this.skipFlowSpace(item.end);
      } else {
        const item = this.flowItem(q);
        items.push(item.node);
        seqValue.push(item.value);
        q = this.skipFlowSpace(item.end);
        if (text.charCodeAt(q) === COLON) throw new LeftToYaml(); // an implicit pair
      }
      const c = text.charCodeAt(q);
      if (c === COMMA) q = this.skipFlowSpace(q + 1);
      else if (c !== close) throw new LeftToYaml();
    }
    this.#flowDepth--;
    const end = q + 1;
    const node: BlockNode = isSeq ? { kind: 'seq', from: p, to: end, items } : { kind: 'map', from: p, to: end, keys, keyFroms, values: items };
    return { node, value: isSeq ? seqValue : mapValue, end };
  }

  /** Spaces and line breaks inside a flow collection: each line more indented than #flowIndent, no comment. */
  skipFlowSpace(p: number): number {
    const text = this.#text;
    for (;;) {
      p = this.skipSpaces(p);
      if (text.charCodeAt(p) !== LF) return p;
      const q = this.skipSpaces(p + 1);
      const c = text.charCodeAt(q);
      const indent = q - (p + 1);
      // yaml lets the outermost collection's closing bracket sit at its key's indentation.
      const closesAtKey = indent === this.#flowIndent && this.#flowDepth === 1 && (c === 0x5d || c === 0x7d);
      if (c === HASH || (c !== LF && indent <= this.#flowIndent && !closesAtKey)) throw new LeftToYaml();
      p = q;
    }
  }

  flowItem(q: number): { node: BlockNode; value: unknown; end: number } {
    const c = this.#text.charCodeAt(q);
    if (c === 0x5b || c === 0x7b) return this.flow(q);
    const scalar = this.flowScalar(q, false);
    return { node: { kind: 'scalar', from: q, to: scalar.end }, value: scalar.value, end: scalar.end };
  }

  /** A quoted or plain scalar inside a flow collection. */
  flowScalar(q: number, atKey: boolean): { value: unknown; end: number } {
    const text = this.#text;
    const c = text.charCodeAt(q);
    if (c === 0x22 || c === 0x27) return this.quoted(q, this.#flowIndent);
    if (isIndicator(c) || c === LF || Number.isNaN(c)) throw new LeftToYaml();
    let end = q;
    for (;;) {
      const d = text.charCodeAt(end);
      if (Number.isNaN(d) || d === LF || d === COMMA || d === 0x5b || d === 0x5d || d === 0x7b || d === 0x7d) break;
      if (d === COLON && (this.isSeparator(end + 1) || isFlowIndicator(text.charCodeAt(end + 1)))) break;
      if (d === HASH && text.charCodeAt(end - 1) === SPACE) throw new LeftToYaml();
      end++;
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    if (end === q) throw new LeftToYaml();
    const source = text.slice(q, end);
    return { value: atKey ? resolvePlainKey(source) : resolvePlainValue(source), end };
  }
}

/** The node a collection's last value leads to. */
function lastLeafOf(node: BlockNode): BlockNode {
  for (;;) {
    const children = node.kind === 'map' ? node.values : node.kind === 'seq' ? node.items : [];
    const last = children[children.length - 1];
    if (!last) return node;
    node = last;
  }
}

/** yaml's empty node: a key's value that is not there. */
function isEmpty(node: BlockNode): boolean {
  return node.kind === 'scalar' && node.from === node.to;
}

/** Characters that cannot start a plain scalar (YAML 1.2 c-indicator), `-` among them. */
function isIndicator(c: number): boolean {
  switch (c) {
    case DASH:
    case 0x3f: // ?
    case COLON:
    case COMMA:
    case 0x5b:
    case 0x5d:
    case 0x7b:
    case 0x7d:
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27:
    case 0x22:
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
      return true;
    default:
      return false;
  }
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/** A folded scalar's lines (none more indented): one line break between lines becomes a space, more are kept less one. */
function fold(lines: readonly string[]): string {
  let out = '';
  let breaks = 0;
  for (const [i, line] of lines.entries()) {
    if (line === '') {
      breaks++;
      continue;
    }
    if (i > 0) out += breaks === 0 ? ' ' : '\n'.repeat(breaks);
    breaks = 0;
    out += line;
  }
  return out;
}
