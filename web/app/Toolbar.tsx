import { useEffect } from 'react';
import { usePodsmith } from '../store/store';
import { downloadName } from '../store/importing';
import { downloadText } from './fileActions';
import { WorkloadPicker } from './WorkloadPicker';
import { VersionPicker } from './VersionPicker';
import { FileMenu } from './FileMenu';
import { InstallButton } from './pwa/InstallButton';
import { historyKey, redo, undo, useHistoryState } from '../editor/history';
import { isTextEntry } from './textEntry';
import { openGallery, PATTERNS_BUTTON_ID } from '../gallery/navigation';
import { HelpButton } from '../help/HelpButton';
import { WrapAsPicker } from '../workloads/WrapAsPicker';
import { ShareMenu } from '../share/ShareMenu';
import { ThemePicker } from './theme/ThemePicker';

/** Save exactly the editor's text, named after the workload (`web.yaml`). */
export function downloadCurrent(): void {
  const { text, lastGood, pod } = usePodsmith.getState();
  downloadText(text, downloadName(lastGood, pod?.workload.name));
}

/**
 * Left and right arrows move between the toolbar's buttons (Tab still visits each one): its
 * own buttons and its menus' buttons, not a menu's items or the buttons of a menu's dialogs.
 */
const TOOLBAR_ITEMS = ':scope > button:not(:disabled), :scope > .menu-button > button:not(:disabled)';

function moveFocusWithArrows(event: React.KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>(TOOLBAR_ITEMS));
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (current < 0) return;
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (current + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
  event.preventDefault();
  buttons[next]?.focus();
}

export function Toolbar() {
  const fileName = usePodsmith((s) => downloadName(s.lastGood, s.pod?.workload.name));
  const { canUndo, canRedo } = useHistoryState();

  // Ctrl+S / Cmd+S downloads, as a save would; the browser's "save page" is not what anyone wants here.
  // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo in the diagram, the palette, anywhere
  // but the editor and the form fields, which undo their own typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        downloadCurrent();
        return;
      }
      const step = historyKey(event);
      if (!step || isTextEntry(event.target)) return;
      event.preventDefault();
      if (step === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <header className="toolbar">
      <h1>Podsmith</h1>
      <WorkloadPicker />
      <WrapAsPicker />
      <VersionPicker />
      <div className="toolbar-actions" role="toolbar" aria-label="Manifest" onKeyDown={moveFocusWithArrows}>
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo the last change, made anywhere (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y" title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <FileMenu />
        <button type="button" id={PATTERNS_BUTTON_ID} onClick={openGallery} title="Pod patterns to learn from: broken and fixed, side by side">
          Patterns
        </button>
        <ShareMenu />
        <button type="button" className="primary" onClick={downloadCurrent} aria-keyshortcuts="Control+S" title={`Save ${fileName} (Ctrl+S)`}>
          Download YAML
        </button>
      </div>
      <InstallButton />
      <ThemePicker />
      <HelpButton />
    </header>
  );
}
