import { useId, useRef } from 'react';
import { Dialog } from './Dialog';
import { usePodsmith, type NewStart } from '../store/store';
import { openGallery } from '../gallery/navigation';

/** "New": a blank pod, the example or the pattern gallery; replacing the text asks first. */
export function ConfirmNewDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  const start = (from: NewStart) => {
    usePodsmith.getState().startNew(from);
    onClose();
  };
  return (
    <Dialog open={open} title="Start something new?" onClose={onClose} initialFocus={cancel}>
      <p>
        A blank pod or the example replaces the whole manifest. Undo (Ctrl+Z) brings your text back; Download it first to keep a copy.
      </p>
      <ul className="new-choices">
        <li>
          <button type="button" className="primary" onClick={() => start('blank')} aria-describedby={`${id}-blank`}>
            Blank pod
          </button>
          <span id={`${id}-blank`}> one container, nothing else: build it up from the palette.</span>
        </li>
        <li>
          <button type="button" onClick={() => start('example')} aria-describedby={`${id}-example`}>
            The example
          </button>
          <span id={`${id}-example`}> a web app with a log collector as a native sidecar, with comments that explain it.</span>
        </li>
        <li>
          <button
            type="button"
            aria-describedby={`${id}-gallery`}
            onClick={() => {
              onClose();
              openGallery();
            }}
          >
            Browse patterns
          </button>
          <span id={`${id}-gallery`}> pick a pod from the gallery of common patterns; your text stays until you pick one.</span>
        </li>
      </ul>
      <div className="dialog-buttons">
        <button type="button" ref={cancel} onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
