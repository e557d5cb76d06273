/**
 * The pattern gallery: a list of pod patterns to search, and a page per pattern with its
 * broken (or legacy) and fixed forms side by side. A large modal dialog over the
 * designer: the designer (and the editor's undo history) stays as it is underneath, and
 * the gallery has the whole window for two manifests. Loaded lazily; the default export
 * is the component.
 */
import { useEffect, useRef } from 'react';
import { podPatternById } from '@podsmith/patterns/pods';
import { Dialog } from '../app/Dialog';
import { closeGallery, PATTERNS_BUTTON_ID } from './navigation';
import type { GalleryRoute } from './route';
import { PatternList } from './PatternList';
import { PatternPage } from './PatternPage';
import './gallery.css';

/** Where the focus goes on close when the gallery was opened by a link: the toolbar's Patterns button. */
const patternsButton = () => document.getElementById(PATTERNS_BUTTON_ID);

export default function Gallery({ route }: { readonly route: GalleryRoute }) {
  const pattern = route.view === 'pattern' ? podPatternById(route.id) : undefined;
  const missing = route.view === 'pattern' && !pattern ? route.id : undefined;
  const title = useRef<HTMLHeadingElement>(null);
  const search = useRef<HTMLInputElement>(null);

  // Each view takes the focus when it is shown: a pattern's title, or the search box.
  // (The dialog is open by now: its own effect, a child's, ran first.)
  const view = pattern?.id ?? 'list';
  useEffect(() => {
    (view === 'list' ? search : title).current?.focus();
  }, [view]);

  return (
    <Dialog
      open
      title={pattern ? `Pattern: ${pattern.title}` : 'Pattern gallery'}
      titleRef={title}
      onClose={closeGallery}
      fallbackFocus={patternsButton}
      className="gallery"
    >
      <button type="button" className="gallery__close" onClick={closeGallery} aria-keyshortcuts="Escape">
        Close
      </button>
      {pattern ? <PatternPage pattern={pattern} /> : <PatternList searchRef={search} missing={missing} />}
    </Dialog>
  );
}
