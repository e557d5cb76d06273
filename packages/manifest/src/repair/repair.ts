/**
 * Repair a manifest that lost its indentation: put every line back under the key it
 * belongs to, by the Kubernetes schema (nest.ts), or say what cannot be repaired.
 * Documents that do not look de-indented are kept as they are. The result must parse,
 * or nothing is claimed.
 */
import { parseManifest } from '../parse';
import { lineColumnOf } from '../ranges';
import { looksDeindented } from './detect';
import { readLines, type Entry } from './lines';
import { nest } from './nest';
import type { ShapeTable } from './shapes';

export type IndentationRepair =
  | {
      readonly ok: true;
      readonly text: string;
      /** How many lines moved. */
      readonly moved: number;
    }
  | {
      readonly ok: false;
      /** 1-based line of the text the refusal is about. */
      readonly line: number;
      readonly reason: string;
    };

const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:\s|$)/;

function unquoted(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

/** The shape of the document's top-level object, from its first `apiVersion:` and `kind:`. */
function rootOf(table: ShapeTable, entries: readonly Entry[]): { shape: number } | { reason: string } {
  const value = (key: string) => entries.find((e) => !e.item && e.key === key)?.text;
  const kind = value('kind');
  const apiVersion = value('apiVersion');
  if (kind === undefined || apiVersion === undefined) return { reason: 'a document without “apiVersion:” and “kind:”, so which fields it has cannot be known' };
  const name = `${unquoted(apiVersion)} ${unquoted(kind)}`;
  const shape = Object.hasOwn(table.kinds, name) ? table.kinds[name] : undefined;
  return shape === undefined ? { reason: `Podsmith does not know the fields of ${name}, so it cannot tell where its lines belong` } : { shape };
}

/** One document's lines re-indented, or the reason it cannot be (with a 0-based line of the document). */
function repairDocument(table: ShapeTable, lines: readonly string[]): { ok: true; lines: string[] } | { ok: false; line: number; reason: string } {
  const read = readLines(lines);
  if (!read.ok) return read;
  const { entries } = read;
  const root = rootOf(table, entries);
  if ('reason' in root) return { ok: false, line: entries[0]?.line ?? 0, reason: root.reason };
  const nesting = nest(table, root.shape, entries);
  if (!nesting.ok) return { ok: false, line: entries[nesting.entry]?.line ?? 0, reason: nesting.reason };

  const out = lines.map((line) => line.trimStart());
  const indent = (i: number, column: number) => {
    out[i] = out[i] === '' ? '' : ' '.repeat(column) + out[i];
  };
  let nextColumn = 0;
  // Backwards, so a comment line takes the column of the line it comments.
  const columnOf = new Map(entries.map((e, i) => [e.line, nesting.indents[i]!]));
  for (let i = lines.length - 1; i >= 0; i--) {
    const column = columnOf.get(i);
    if (column !== undefined) nextColumn = column;
    else if (out[i]!.startsWith('#')) indent(i, nextColumn);
  }
  entries.forEach((entry, i) => {
    const column = nesting.indents[i]!;
    indent(entry.line, column);
    // A value continued on the next lines goes deeper than its key.
    const content = column + (entry.item ? 2 : 0) + 2;
    for (let c = 1; c <= entry.continuation; c++) indent(entry.line + c, content);
  });
  return { ok: true, lines: out };
}

/** Re-nest every document of `text` that lost its indentation. */
export function repairIndentation(text: string, table: ShapeTable): IndentationRepair {
  const lines = text.split('\n');
  const endings = lines.map((line) => (line.endsWith('\r') ? '\r' : ''));
  const bare = lines.map((line, i) => (endings[i] ? line.slice(0, -1) : line));
  const out = [...bare];
  let repaired = false;
  for (let start = 0; start < bare.length; ) {
    let end = start;
    while (end < bare.length && !(end > start && DOCUMENT_MARKER.test(bare[end]!))) end++;
    const first = DOCUMENT_MARKER.test(bare[start]!) ? start + 1 : start;
    const document = bare.slice(first, end);
    if (looksDeindented(document.join('\n'))) {
      const result = repairDocument(table, document);
      if (!result.ok) return { ok: false, line: first + result.line + 1, reason: result.reason };
      out.splice(first, document.length, ...result.lines);
      repaired = true;
    }
    start = end;
  }
  if (!repaired) return { ok: false, line: 1, reason: 'no document looks like it lost its indentation' };
  const repairedText = out.map((line, i) => line + endings[i]).join('\n');
  const error = parseManifest(repairedText).problems.find((p) => p.severity === 'error');
  if (error) return { ok: false, line: lineColumnOf(repairedText, error.range.from).line, reason: `the repaired text would not parse (${error.message})` };
  return { ok: true, text: repairedText, moved: out.filter((line, i) => line !== bare[i]).length };
}
