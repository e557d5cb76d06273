import { describe, expect, test } from 'vitest';
import { appendDocument, parseManifest, removeDocument } from '../src';

const TWO = '# first\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n# second\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\n';

function names(text: string): unknown[] {
  return parseManifest(text).documents.map((d) => d.name);
}

describe('documents of a file', () => {
  test('append adds a document after a ---, keeping the text before it byte for byte', () => {
    const text = appendDocument(TWO, 'kind: Pod\nmetadata: {name: c}\n');
    expect(text.startsWith(TWO)).toBe(true);
    expect(names(text)).toEqual(['a', 'b', 'c']);
    expect(appendDocument('kind: Pod', 'kind: Job\n')).toBe('kind: Pod\n---\nkind: Job\n');
    expect(appendDocument('', 'kind: Job\n')).toBe('kind: Job\n');
    expect(appendDocument('kind: Pod\r\n', 'kind: Job\n')).toBe('kind: Pod\r\n---\r\nkind: Job\r\n');
  });

  test('remove takes a document and its ---, and nothing else', () => {
    const first = removeDocument(TWO, 0);
    expect(first.ok && first.text).toBe('---\n# second\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\n');
    const last = removeDocument(TWO, 1);
    expect(last.ok && last.text).toBe('# first\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n');
    const three = appendDocument(TWO, 'kind: Pod\nmetadata: {name: c}\n');
    const middle = removeDocument(three, 1);
    expect(middle.ok && names(middle.text)).toEqual(['a', 'c']);
  });

  test('the only document, or one that is not there, is refused with the reason', () => {
    expect(removeDocument('kind: Pod\n', 0)).toEqual({ ok: false, error: expect.stringMatching(/only document/) });
    expect(removeDocument(TWO, 5)).toEqual({ ok: false, error: 'The file has no document 6.' });
  });
});
