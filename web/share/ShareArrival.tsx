import { useCallback, useEffect, useRef, useState } from 'react';
import { Dialog } from '../app/Dialog';
import { usePodsmith } from '../store/store';
import { loadSavedText } from '../store/persistence';
import { whenHistoryReady } from '../editor/history';
import { arrivalAction, urlWithoutFragment } from './arrival';
import { isShareHash, textOfShareHash } from './link';

/**
 * Opens a share link (`#share=…`) when the page is opened with one or the fragment
 * changes to one. With autosaved work that differs, it asks first: open the link, or
 * keep my work.
 */
export function ShareArrival() {
  const [pending, setPending] = useState<string | undefined>(undefined);
  const keep = useRef<HTMLButtonElement>(null);

  const arrive = useCallback(async () => {
    const hash = window.location.hash;
    if (!isShareHash(hash)) return;
    history.replaceState(history.state, '', urlWithoutFragment(window.location.href));
    const opened = await textOfShareHash(hash);
    const { showMessage, text } = usePodsmith.getState();
    if (!opened.ok) {
      showMessage({ tone: 'error', text: `${opened.message} Your text is unchanged.` });
      return;
    }
    const action = arrivalAction(loadSavedText(), text, opened.text);
    if (action === 'open') await openShared(opened.text);
    else if (action === 'ask') setPending(opened.text);
  }, []);

  useEffect(() => {
    const onHash = () => void arrive();
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [arrive]);

  const close = () => setPending(undefined);
  return (
    <Dialog open={pending !== undefined} title="Open the shared manifest?" onClose={close} initialFocus={keep}>
      <p>This link holds a manifest. Opening it replaces the work saved in this browser; Undo (Ctrl+Z) brings your work back, and Download YAML keeps a copy.</p>
      <div className="dialog-buttons">
        <button
          type="button"
          className="primary"
          onClick={() => {
            const shared = pending;
            close();
            if (shared !== undefined) void openShared(shared);
          }}
        >
          Open the link
        </button>
        <button type="button" ref={keep} onClick={close}>
          Keep my work
        </button>
      </div>
    </Dialog>
  );
}

/** Through the store's import (the same checks and parse as a file), once the editor can undo it. */
async function openShared(text: string): Promise<void> {
  await whenHistoryReady();
  const { importText, showMessage } = usePodsmith.getState();
  if (importText(text, 'shared link')) showMessage({ tone: 'info', text: 'Opened the manifest from the share link. Undo (Ctrl+Z) brings your previous text back.' });
}
