import { describePod, lineColumnOf, WORKLOAD_KINDS, type ParsedManifest } from '@podsmith/manifest';

/**
 * Importing a manifest (Open, drop, Paste, the test hook): what is refused before it
 * reaches the store, and what the user is told afterwards. Pure functions, no DOM.
 */

/** Files above this are refused outright: the current text is kept. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type MessageTone = 'info' | 'warning' | 'error';

/** A message about the last import or file action, shown under the toolbar. */
export interface AppMessage {
  readonly tone: MessageTone;
  readonly text: string;
}

export type ImportCheck = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: AppMessage };

const KEPT = 'Nothing was loaded; your text is unchanged.';

function quoted(name: string | undefined): string {
  return name ? `“${name}”` : 'The pasted text';
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** `larger than 5 MB (5,242,881 bytes)`: never "5.0 MB, up to 5.0 MB". */
function tooLarge(bytes: number): string {
  return `larger than ${megabytes(MAX_IMPORT_BYTES).replace('.0 ', ' ')} (${bytes.toLocaleString('en-US')} bytes), the most Podsmith opens`;
}

/**
 * Decode the bytes of a file as UTF-8, refusing binary files, files over 5 MB and
 * text that is not UTF-8. A byte order mark is kept, so an export gives back the same bytes.
 */
export function decodeManifestFile(bytes: Uint8Array, name?: string): ImportCheck {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return refuseLargeFile(bytes.byteLength, name);
  if (bytes.includes(0)) {
    return refuse(`${quoted(name)} looks like a binary file (it contains NUL bytes), not a YAML manifest. ${KEPT}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refuse(`${quoted(name)} is not UTF-8 text; Podsmith reads YAML manifests saved as UTF-8. ${KEPT}`);
  }
  return { ok: true, text };
}

/** A file over 5 MB is refused before it is read. */
export function refuseLargeFile(size: number, name?: string): { ok: false; message: AppMessage } {
  return refuse(`${quoted(name)} is ${tooLarge(size)}. ${KEPT}`);
}

/** The same checks for text that arrives as a string (Paste, the test hook). */
export function checkImportText(text: string, name?: string): ImportCheck {
  const size = text.length * 3 > MAX_IMPORT_BYTES ? new TextEncoder().encode(text).byteLength : text.length;
  if (size > MAX_IMPORT_BYTES) {
    return refuse(`${quoted(name)} is ${tooLarge(size)}. ${KEPT}`);
  }
  if (text.includes('\u0000')) {
    return refuse(`${quoted(name)} looks like binary data (it contains NUL characters), not a YAML manifest. ${KEPT}`);
  }
  return { ok: true, text };
}

function refuse(text: string): { ok: false; message: AppMessage } {
  return { ok: false, message: { tone: 'error', text } };
}

/** A label for every document that holds no pod: `Service web`, `ConfigMap settings`. */
export function keptDocuments(parsed: ParsedManifest): string[] {
  return parsed.documents
    .filter((d) => !d.pod && !(d.listPods && d.listPods.length > 0) && d.value !== null && d.value !== undefined)
    .map((d) => [d.kind ?? 'Document', d.name ?? (d.kind ? '(unnamed)' : `${d.index + 1}`)].join(' '));
}

/** One-line labels of the pods in a file, for the workload picker. */
export function podLabels(parsed: ParsedManifest): string[] {
  return parsed.pods.map((ref) => describePod(parsed, ref));
}

/** The first error of a parse, as `line 4: message`, or undefined. */
export function firstError(parsed: ParsedManifest): { line: number; message: string } | undefined {
  const error = parsed.problems.find((p) => p.severity === 'error');
  if (!error) return undefined;
  return { line: lineColumnOf(parsed.text, error.range.from).line, message: error.message };
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What to tell the user once a manifest has been loaded. */
export function describeImport(parsed: ParsedManifest, name?: string): AppMessage {
  const what = name ? `Opened “${name}”` : 'Replaced the manifest';
  const error = firstError(parsed);
  if (error) {
    return {
      tone: 'warning',
      text: `${what}, but its YAML has errors (line ${error.line}: ${error.message}). The text is loaded as it is; fix it in the editor to design it.`,
    };
  }
  if (parsed.documents.length === 0 || parsed.documents.every((d) => d.value === null || d.value === undefined)) {
    return { tone: 'warning', text: `${what}: it is empty. Add a Pod or a workload in the editor, or choose New for the example.` };
  }
  const kept = keptDocuments(parsed);
  if (parsed.pods.length === 0) {
    return {
      tone: 'warning',
      text: `${what}: it holds ${list(kept)}, which Podsmith keeps but does not draw. Podsmith designs ${list([...WORKLOAD_KINDS])}.`,
    };
  }
  const pods = parsed.pods.length > 1 ? ` ${plural(parsed.pods.length, 'workload', 'workloads')}; pick one above the diagram.` : '';
  const others = kept.length > 0 ? ` ${list(kept)} ${kept.length === 1 ? 'is' : 'are'} kept, not drawn.` : '';
  return { tone: 'info', text: `${what}.${pods}${others}` };
}

/** `web.yaml`: the download is named after the workload (or the first named document). */
export function downloadName(parsed: ParsedManifest, workloadName: string | undefined): string {
  const base = workloadName || parsed.documents.find((d) => d.name)?.name || 'manifest';
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '');
  return `${safe || 'manifest'}.yaml`;
}
