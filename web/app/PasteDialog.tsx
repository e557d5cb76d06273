import { useRef, useState } from 'react';
import { Dialog } from './Dialog';
import { usePodsmith } from '../store/store';

/** Paste a manifest and replace the current one. */
export function PasteDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const [value, setValue] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const close = () => {
    setValue('');
    onClose();
  };
  return (
    <Dialog open={open} title="Paste a manifest" onClose={close} initialFocus={area}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          // A refusal is explained under the toolbar, and the current text is kept.
          usePodsmith.getState().importText(value);
          close();
        }}
      >
        <label htmlFor="paste-area">YAML to load (it replaces the whole manifest; Undo in the editor brings the old text back)</label>
        <textarea
          id="paste-area"
          ref={area}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          rows={16}
          spellCheck={false}
          placeholder={'apiVersion: v1\nkind: Pod\n…'}
        />
        <div className="dialog-buttons">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={value.trim() === ''}>
            Replace
          </button>
        </div>
      </form>
    </Dialog>
  );
}
