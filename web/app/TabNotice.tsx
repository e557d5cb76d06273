import { usePodsmith } from '../store/store';
import { loadSavedText } from '../store/persistence';
import { keepCopy, takeOver, useTabLease } from '../store/tabLease';

/**
 * Take over: once this tab holds the autosave, show the work the other tab saved last.
 * It replaces this tab's text as one step of the editor's history, so Undo brings this
 * tab's text back (and that is then saved).
 */
async function takeOverHere(): Promise<void> {
  await takeOver();
  const saved = loadSavedText();
  const store = usePodsmith.getState();
  if (saved === undefined || saved === store.text) {
    store.showMessage({ tone: 'info', text: 'This tab now autosaves; the other tab no longer does.' });
    return;
  }
  if (store.importText(saved)) {
    store.showMessage({ tone: 'info', text: 'This tab now autosaves, and shows the work the other tab saved last. Undo (Ctrl+Z) brings back what this tab showed.' });
  }
}

const TAKE_OVER = (
  <button type="button" onClick={() => void takeOverHere()}>
    Take over here
  </button>
);

/** What this tab does about the autosave when Podsmith is open in another tab too, and the choices. */
export function TabNotice() {
  const { kind, otherClosed } = useTabLease();
  const gone = otherClosed ? ' It has since been closed; its work is saved.' : '';
  switch (kind) {
    case 'other':
      return (
        <div className="banner banner-warning" role="alert" data-testid="tab-notice">
          <span aria-hidden="true">⚠ </span>
          <strong>Podsmith is open in another tab, which autosaves your work.</strong> This tab does not save over it.{gone}
          {TAKE_OVER}
          <button type="button" onClick={keepCopy}>
            Work on a copy here (not saved)
          </button>
          <span>or close this tab to keep the other tab’s.</span>
        </div>
      );
    case 'taken':
      return (
        <div className="banner banner-warning" role="alert" data-testid="tab-notice">
          <span aria-hidden="true">⚠ </span>
          <strong>Another tab took over: it autosaves now, this tab no longer does.</strong> Download the YAML to keep changes made here.{gone}
          {TAKE_OVER}
        </div>
      );
    case 'copy':
      return (
        <div className="banner banner-info" role="status" data-testid="tab-notice">
          <span aria-hidden="true">ℹ </span>
          <strong>An unsaved copy:</strong> changes in this tab are not autosaved; download the YAML to keep them.{gone}
          {TAKE_OVER}
        </div>
      );
    case 'taking':
      return (
        <div className="banner banner-info" role="status" data-testid="tab-notice">
          <span aria-hidden="true">ℹ </span>
          Taking over from the other tab…
        </div>
      );
    case 'starting':
    case 'owner':
      return null;
  }
}
