import { describe, expect, test } from 'vitest';
import { GALLERY_HASH, parseGalleryHash, patternHash } from './route';

describe('gallery links', () => {
  test('#gallery is the list, #pattern/<id> a pattern', () => {
    expect(parseGalleryHash('#gallery')).toEqual({ view: 'list' });
    expect(parseGalleryHash(GALLERY_HASH)).toEqual({ view: 'list' });
    expect(parseGalleryHash('#pattern/log-collector')).toEqual({ view: 'pattern', id: 'log-collector' });
  });

  test('anything else is the designer', () => {
    for (const hash of ['', '#', '#galleryx', '#Gallery', '#pattern', '#patterns/git-sync', '#share=abc']) expect(parseGalleryHash(hash)).toBeUndefined();
  });

  test('ids are decoded as text, and a malformed escape falls back to the list', () => {
    expect(parseGalleryHash('#pattern/%3Cscript%3E')).toEqual({ view: 'pattern', id: '<script>' });
    expect(parseGalleryHash('#pattern/%E0%A4%A')).toEqual({ view: 'list' });
    expect(parseGalleryHash('#pattern/')).toEqual({ view: 'pattern', id: '' });
  });

  test('a pattern link reads back as the same pattern', () => {
    for (const id of ['git-sync', 'a b', '__proto__', 'x/y#z']) expect(parseGalleryHash(patternHash(id))).toEqual({ view: 'pattern', id });
  });
});
