import { usePodsmith } from '../store/store';

/** Why the last diagram or palette edit was refused (the store's `notice`), until dismissed or the text changes. */
export function EditNotice() {
  const notice = usePodsmith((s) => s.notice);
  const dismiss = usePodsmith((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="diagram__notice" role="alert">
      <span>Edit not applied: {notice}</span>
      <button type="button" aria-label="Dismiss the message" onClick={dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
