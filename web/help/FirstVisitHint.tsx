import { useState } from 'react';
import { loadHintDismissed, saveHintDismissed } from '../store/persistence';
import { useHelp } from './helpState';

/** A first visit's one-line start, until it is dismissed (then never again on this browser). */
export function FirstVisitHint() {
  const [shown, setShown] = useState(() => !loadHintDismissed());
  if (!shown) return null;
  const dismiss = () => {
    saveHintDismissed();
    setShown(false);
  };
  return (
    <div className="banner banner-hint" role="note" aria-label="Getting started" data-testid="first-visit-hint">
      {/* One flex item, so the sentence wraps as text: the hint stays one line where it can, and the diagram keeps its room. */}
      <span>
        <strong>New here?</strong> Drag a container from the palette onto the diagram, or edit the YAML. Press <kbd>?</kbd> for help.
      </span>
      <button type="button" className="link-button" onClick={useHelp.getState().show}>
        Open help
      </button>
      <button type="button" className="dismiss" aria-label="Dismiss the getting-started hint" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
