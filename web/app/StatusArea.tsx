import { useMemo } from 'react';
import { usePodsmith } from '../store/store';
import { firstError, type MessageTone } from '../store/importing';
import { UpdateNotice } from './pwa/UpdateNotice';
import { RepairOfferBanner } from '../repair/RepairOffer';
import { FirstVisitHint } from '../help/FirstVisitHint';
import { TabNotice } from './TabNotice';

const TONE_LABEL: Record<MessageTone, string> = { info: 'Note', warning: 'Warning', error: 'Error' };
const TONE_ICON: Record<MessageTone, string> = { info: 'ℹ', warning: '⚠', error: '⛔' };

/** Another tab's claim on the autosave, the first-visit hint, the repair offer, the stale banner, the refused-edit notice, the import message and the update notice, under the toolbar. */
export function StatusArea() {
  const stale = usePodsmith((s) => s.stale);
  const parsed = usePodsmith((s) => s.parsed);
  const lastGood = usePodsmith((s) => s.lastGood);
  const notice = usePodsmith((s) => s.notice);
  const message = usePodsmith((s) => s.message);
  const error = useMemo(() => (stale ? firstError(parsed) : undefined), [stale, parsed]);
  const errorOffset = useMemo(() => parsed.problems.find((p) => p.severity === 'error')?.range.from, [parsed]);
  const hasLastGood = lastGood.ok && lastGood !== parsed;

  return (
    <div className="status-area">
      <TabNotice />
      <FirstVisitHint />
      <RepairOfferBanner />
      {stale && (
        <div className="banner banner-stale" role="status" data-testid="stale-banner">
          <span aria-hidden="true">⚠ </span>
          <strong>
            {hasLastGood
              ? 'The YAML has errors — the diagram shows the last valid version; fix the text to edit the diagram'
              : 'The YAML has errors — there is no valid version to draw yet; fix the text to design it'}
          </strong>
          {error && (
            <span className="banner-detail">
              {' '}
              First error on line {error.line}: {error.message}
            </span>
          )}
          {errorOffset !== undefined && (
            <button type="button" className="link-button" onClick={() => usePodsmith.getState().revealOffset(errorOffset)}>
              Go to line {error?.line}
            </button>
          )}
        </div>
      )}
      {notice && (
        <div className="banner banner-notice" role="alert" data-testid="notice">
          <span aria-hidden="true">⛔ </span>
          <strong>Edit refused:</strong> {notice}
          <button type="button" className="dismiss" aria-label="Dismiss the notice" onClick={() => usePodsmith.getState().dismissNotice()}>
            ×
          </button>
        </div>
      )}
      {message && (
        <div className={`banner banner-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="message">
          <span aria-hidden="true">{TONE_ICON[message.tone]} </span>
          <strong>{TONE_LABEL[message.tone]}:</strong> {message.text}
          <button type="button" className="dismiss" aria-label="Dismiss the message" onClick={() => usePodsmith.getState().showMessage(undefined)}>
            ×
          </button>
        </div>
      )}
      <UpdateNotice />
    </div>
  );
}
