import { describe, expect, test } from 'vitest';
import { corpusFiles } from '../../test-support/corpus';
import { isShareHash, MAX_LINK_CHARS, MAX_SHARED_BYTES, SHARE_PREFIX, shareHash, textOfShareHash } from './link';

async function deflated(bytes: Uint8Array): Promise<string> {
  const out = new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  return btoa(String.fromCharCode(...out)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('share links', () => {
  test.each(corpusFiles().map((f) => [f.name, f.text] as const))('%s round-trips through a link', async (_, text) => {
    const link = await shareHash(text);
    if (!link.ok) throw new Error(link.message);
    expect(isShareHash(link.hash)).toBe(true);
    expect(link.hash.length - SHARE_PREFIX.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    expect(link.hash).toMatch(/^#share=[A-Za-z0-9_-]*$/);
    expect(await textOfShareHash(link.hash)).toEqual({ ok: true, text });
  });

  test('a manifest too large for a link says so', async () => {
    // Random-ish text does not compress: 40,000 characters of it exceed the link.
    let seed = 1;
    const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
    const link = await shareHash(`# ${noise}\nkind: Pod\n`);
    expect(link).toEqual({ ok: false, message: expect.stringMatching(/too large for a link .* Use Download YAML/) });
  });

  test('a decompression bomb is stopped at the size limit, not inflated', async () => {
    const bomb = await deflated(new Uint8Array(MAX_SHARED_BYTES * 20).fill(0x20));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await textOfShareHash(SHARE_PREFIX + bomb)).toEqual({ ok: false, message: expect.stringMatching(/more than 1 MB/) });
  });

  test('damaged, over-long and non-UTF-8 links are refused with a message', async () => {
    const good = await shareHash('kind: Pod\n');
    if (!good.ok) throw new Error(good.message);
    expect(await textOfShareHash(good.hash.slice(0, -3))).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
    expect(await textOfShareHash(`${SHARE_PREFIX}<script>`)).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
    expect(await textOfShareHash(SHARE_PREFIX + 'A'.repeat(MAX_LINK_CHARS + 1))).toEqual({ ok: false, message: expect.stringMatching(/longer than/) });
    expect(await textOfShareHash(SHARE_PREFIX + (await deflated(new Uint8Array([0xff, 0xfe, 0x00]))))).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
  });
});
