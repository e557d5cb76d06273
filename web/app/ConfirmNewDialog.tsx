import { useRef } from 'react';
import { Dialog } from './Dialog';
import { usePodsmith } from '../store/store';

/** "New": confirm before the text is replaced by the example. */
export function ConfirmNewDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog open={open} title="Start again from the example?" onClose={onClose} initialFocus={cancel}>
      <p>
        This replaces the whole manifest with the example pod. Download your YAML first to keep a copy; Undo in the editor (Ctrl+Z) also brings it
        back.
      </p>
      <div className="dialog-buttons">
        <button type="button" ref={cancel} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            usePodsmith.getState().resetToExample();
            onClose();
          }}
        >
          Replace with the example
        </button>
      </div>
    </Dialog>
  );
}
