import type { PodPattern } from '@podsmith/patterns/pods';
import { GALLERY_HASH } from './route';
import { FormPanel } from './FormPanel';

/** One pattern: what it is for, then its two forms side by side. */
export function PatternPage({ pattern }: { readonly pattern: PodPattern }) {
  return (
    <div className="gallery__pattern">
      <nav aria-label="Gallery">
        <a href={GALLERY_HASH}>← All patterns</a>
      </nav>
      <p className="gallery__explanation">{pattern.explanation}</p>
      <div className="gallery__forms">
        <FormPanel pattern={pattern} form="broken" />
        <FormPanel pattern={pattern} form="fixed" />
      </div>
    </div>
  );
}
