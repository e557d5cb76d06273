/**
 * The gallery's links: `#gallery` is the list of patterns, `#pattern/<id>` one pattern.
 * Any other fragment (or none) is the designer. Pure functions over `location.hash`;
 * the fragment comes from a link, so it is data: decoded, never evaluated.
 */

export type GalleryRoute = { readonly view: 'list' } | { readonly view: 'pattern'; readonly id: string };

/** Other parts of the app (the New dialog) open the gallery by setting `location.hash` to this. */
export const GALLERY_HASH = '#gallery';

const PATTERN_PREFIX = '#pattern/';

/** The gallery view a fragment asks for, or undefined for the designer. */
export function parseGalleryHash(hash: string): GalleryRoute | undefined {
  if (hash === GALLERY_HASH) return { view: 'list' };
  if (!hash.startsWith(PATTERN_PREFIX)) return undefined;
  try {
    return { view: 'pattern', id: decodeURIComponent(hash.slice(PATTERN_PREFIX.length)) };
  } catch {
    return { view: 'list' }; // a malformed escape (`%E0%A4%A`): show the list rather than nothing
  }
}

/** The fragment of a pattern's own page. */
export function patternHash(id: string): string {
  return PATTERN_PREFIX + encodeURIComponent(id);
}
