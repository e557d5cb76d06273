import { useHelp } from './helpState';

/** The toolbar's way into the help panel (the `?` key is the other). */
export function HelpButton() {
  return (
    <button type="button" className="help-button" aria-keyshortcuts="?" title="What the lanes mean, the keyboard shortcuts, findings and fixes (?)" onClick={useHelp.getState().show}>
      Help
    </button>
  );
}
