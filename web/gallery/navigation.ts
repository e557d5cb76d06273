/**
 * The gallery lives in the URL fragment, so every pattern has a link and Back and
 * Forward move through the gallery (hashchange). This is the DOM side of route.ts:
 * small, in the first load, so a link opens the gallery at once.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { GALLERY_HASH, parseGalleryHash, type GalleryRoute } from './route';

/** The id of the toolbar's Patterns button. */
export const PATTERNS_BUTTON_ID = 'open-patterns';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The gallery view the URL asks for; undefined while the designer is shown. */
export function useGalleryRoute(): GalleryRoute | undefined {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseGalleryHash(hash), [hash]);
}

export function openGallery(): void {
  window.location.hash = GALLERY_HASH;
}

/**
 * Back to the designer: a new history entry without a fragment (not even `#`), so Back
 * reopens what was closed. pushState fires no hashchange: tell the listeners ourselves.
 */
export function closeGallery(): void {
  window.history.pushState(window.history.state, '', window.location.pathname + window.location.search);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
