/**
 * Tab in the editor indents; it must not trap a keyboard user. Two ways out, both
 * Monaco's own tab-focus mode (Tab then moves the focus, as everywhere else):
 * - Ctrl+M turns the mode on or off for good (the editor's footer shows it and has a switch);
 * - Escape arms it for the next key only: Escape then Tab leaves the editor, and any
 *   other key after Escape types as usual (the way CodeMirror does it).
 */
import type { editor as MonacoEditorNS, IDisposable } from 'monaco-editor';
import type { monaco as MonacoNamespace } from './monaco';

type Monaco = typeof MonacoNamespace;

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

/** Tab moves the focus while Ctrl+M's mode is on, or for the key after Escape. */
export function tabMovesFocus(state: { readonly sticky: boolean; readonly armed: boolean }): boolean {
  return state.sticky || state.armed;
}

export interface TabFocusBinding extends IDisposable {
  /** Ctrl+M: turn the mode on or off (the footer's switch does the same). */
  toggle(): void;
}

/**
 * Wire Escape-then-Tab and Ctrl+M into an editor and report whether Tab moves the focus
 * now. Both are the editor's own `tabFocusMode` option, which Monaco's Tab binding reads.
 * Ctrl+M is bound here rather than left to Monaco's action: that one flips a global the
 * public API cannot observe, so nothing could show it.
 */
export function bindTabFocus(monaco: Monaco, editor: MonacoEditorNS.IStandaloneCodeEditor, onChange: (moves: boolean) => void): TabFocusBinding {
  const state = { sticky: false, armed: false };
  const update = (next: Partial<typeof state>) => {
    const before = tabMovesFocus(state);
    Object.assign(state, next);
    const after = tabMovesFocus(state);
    if (after === before) return;
    editor.updateOptions({ tabFocusMode: after });
    onChange(after);
  };
  const toggle = () => update({ sticky: !state.sticky });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, toggle);
  const disposables = [
    // Before Monaco's own handling of the key: the option must be set when its Tab binding is looked up.
    editor.onKeyDown((event) => update({ armed: armedAfter(state.armed, event.browserEvent.key) })),
    editor.onDidBlurEditorText(() => update({ armed: false })),
    editor.onMouseDown(() => update({ armed: false })),
  ];
  onChange(tabMovesFocus(state));
  return { toggle, dispose: () => disposables.forEach((d) => d.dispose()) };
}
