/**
 * Adding and removing whole documents of a multi-document file. Text in, text out: the
 * other documents keep their bytes.
 */
import { EDIT_PARSE, parseManifest } from '../parse';
import type { EditResult } from '../types';
import { diffText } from '../textPatch';

/** `document` appended as a new document (`---` before it), in the file's line endings. */
export function appendDocument(text: string, document: string): string {
  const crlf = text.includes('\r\n');
  const body = crlf ? document.replace(/\r?\n/g, '\r\n') : document;
  if (text.trim() === '') return body;
  const eol = crlf ? '\r\n' : '\n';
  return `${text}${text.endsWith('\n') ? '' : eol}---${eol}${body}`;
}

/** The file without document `index` (its `---` goes with it). Refused for the last document left. */
export function removeDocument(text: string, index: number): EditResult {
  const parsed = parseManifest(text, EDIT_PARSE);
  const documents = parsed.documents;
  const target = documents[index];
  if (!target) return { ok: false, error: `The file has no document ${index + 1}.` };
  if (documents.length === 1) return { ok: false, error: 'This is the only document of the file; use New to start another.' };
  const next = documents[index + 1];
  // A document's range starts at its `---` (the first one's comments above it are its own too).
  const from = index === 0 ? 0 : target.range.from;
  const to = next ? next.range.from : text.length;
  let result = text.slice(0, from) + text.slice(to);
  if (!next && !/\n$/.test(result) && text.endsWith('\n')) result += text.includes('\r\n') ? '\r\n' : '\n';
  return { ok: true, text: result, patch: diffText(text, result) };
}
