/**
 * Share links: the manifest, compressed (deflate-raw, the browser's own
 * CompressionStream) and base64url-encoded, in the URL's fragment. The fragment is never
 * sent to a server, so nothing leaves the browser. A link is data from anyone: its size
 * is checked before it is decompressed and while it is (a small link can inflate to
 * gigabytes), it must be UTF-8, and the text then goes through the same import checks
 * and parse as an opened file. Nothing in it is evaluated.
 */

export const SHARE_PREFIX = '#share=';
/**
 * The longest fragment a link may carry. Browsers accept far longer URLs (Chromium 2 MB),
 * but chat tools and issue trackers cut or refuse long ones; 32,000 characters hold
 * about 24 KB compressed, a manifest of 100–200 KB.
 */
export const MAX_LINK_CHARS = 32_000;
/** The most a link may inflate to: the size the editor parses (MAX_MANIFEST_BYTES). */
export const MAX_SHARED_BYTES = 1_000_000;

export type ShareResult = { readonly ok: true; readonly hash: string } | { readonly ok: false; readonly message: string };

export function isShareHash(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/** The fragment that carries `text`, or why it cannot. */
export async function shareHash(text: string): Promise<ShareResult> {
  const data = base64url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Infinity));
  if (data === undefined) return { ok: false, message: 'The manifest could not be compressed.' };
  if (data.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      message: `This manifest is too large for a link (${Math.ceil(data.length / 1000)},000 characters compressed; a link holds ${MAX_LINK_CHARS / 1000},000). Use Download YAML and share the file instead.`,
    };
  }
  return { ok: true, hash: SHARE_PREFIX + data };
}

export type OpenedShare = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const BROKEN = 'This share link is damaged (cut short or changed), so nothing was opened. Ask for the link again.';

/** The manifest a share fragment carries, or why it cannot be opened. */
export async function textOfShareHash(hash: string): Promise<OpenedShare> {
  const data = hash.slice(SHARE_PREFIX.length);
  if (data.length > MAX_LINK_CHARS) return { ok: false, message: `This share link is longer than Podsmith makes them (${MAX_LINK_CHARS / 1000},000 characters), so it was not opened.` };
  if (!/^[A-Za-z0-9_-]*$/.test(data)) return { ok: false, message: BROKEN };
  const bytes = fromBase64url(data);
  if (!bytes) return { ok: false, message: BROKEN };
  let inflated: Uint8Array | undefined;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_SHARED_BYTES);
  } catch {
    return { ok: false, message: BROKEN };
  }
  if (!inflated) return { ok: false, message: `This share link holds more than ${MAX_SHARED_BYTES / 1_000_000} MB of text, more than Podsmith opens, so it was not opened.` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, message: BROKEN };
  }
}

/** Bytes through a (de)compression stream; undefined as soon as the output passes `limit` bytes. */
async function pipe(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | undefined> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reader; the writer's own promise must not be left unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function base64url(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(data: string): Uint8Array | undefined {
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
