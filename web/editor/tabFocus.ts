/**
 * Tab in the editor indents; it must not trap a keyboard user. Two ways out, both
 * Monaco's own tab-focus mode (Tab then moves the focus, as everywhere else):
 * - Ctrl+M turns the mode on or off for good (Monaco's action; the editor's footer shows it);
 * - Escape arms it for the next key only: Escape then Tab leaves the editor, and any
 *   other key after Escape types as usual (the way CodeMirror does it).
 */
import type { editor as MonacoEditorNS, IDisposable } from 'monaco-editor';
import type { monaco as MonacoNamespace } from './monaco';

type Monaco = typeof MonacoNamespace;

/** Monaco's action behind Ctrl+M. */
export const TOGGLE_TAB_FOCUS_ACTION = 'editor.action.toggleTabFocusMode';

/**
 * Whether Tab is to move the focus for the key after `key`, given whether it was armed
 * before it. Escape arms; Tab keeps it armed (Shift+Tab after Tab leaves too); a lone
 * modifier changes nothing; any other key disarms.
 */
export function armedAfter(armed: boolean, key: string): boolean {
  if (key === 'Escape') return true;
  if (key === 'Shift' || key === 'Control' || key === 'Alt' || key === 'Meta') return armed;
  if (key === 'Tab') return armed;
  return false;
}

/**
 * Wire Escape-then-Tab into an editor and report whether Tab moves the focus now
 * (Ctrl+M's mode, or armed by Escape). The per-editor option is the armed state; Monaco
 * ORs it with the global mode Ctrl+M toggles, so the two never undo each other.
 */
export function bindTabFocus(monaco: Monaco, editor: MonacoEditorNS.IStandaloneCodeEditor, onChange: (tabMovesFocus: boolean) => void): IDisposable {
  const option = monaco.editor.EditorOption.tabFocusMode;
  let armed = false;
  const arm = (next: boolean) => {
    if (next === armed) return;
    armed = next;
    editor.updateOptions({ tabFocusMode: next });
  };
  const disposables = [
    // Before Monaco's own handling of the key: the option must be set when its Tab binding is looked up.
    editor.onKeyDown((event) => arm(armedAfter(armed, event.browserEvent.key))),
    editor.onDidBlurEditorText(() => arm(false)),
    editor.onMouseDown(() => arm(false)),
    editor.onDidChangeConfiguration((event) => {
      if (event.hasChanged(option)) onChange(editor.getOption(option));
    }),
  ];
  onChange(editor.getOption(option));
  return { dispose: () => disposables.forEach((d) => d.dispose()) };
}
