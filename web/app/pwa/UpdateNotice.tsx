import { useStore } from 'zustand';
import { updates } from './offline';

/** The service worker's news, quietly, under the toolbar: stored for offline use, or a new version is ready. */
export function UpdateNotice() {
  const { offlineReady, updateReady } = useStore(updates.store);
  if (!offlineReady && !updateReady) return null;
  return (
    <div className="banner banner-info" role="status" data-testid="update-notice">
      <span aria-hidden="true">ℹ </span>
      {updateReady ? (
        <>
          <strong>A new version of Podsmith is ready.</strong>
          <button type="button" className="link-button" onClick={() => void updates.reloadToUpdate()}>
            Reload
          </button>
        </>
      ) : (
        <strong>Podsmith is stored in this browser: it now opens without a network.</strong>
      )}
      <button type="button" className="dismiss" aria-label={updateReady ? 'Dismiss: keep this version for now' : 'Dismiss the note'} onClick={() => updates.dismiss()}>
        ×
      </button>
    </div>
  );
}
