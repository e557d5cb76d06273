/**
 * Every keyboard shortcut of the app, as data: the help panel renders this list, and a
 * test holds it to the handlers (shortcuts.test.ts). A new shortcut is added here too.
 */

export interface Shortcut {
  /**
   * Key combinations, each as its keys joined by `+` (`Ctrl+Shift+Z`); a sequence as its
   * combinations separated by a space (`Escape Tab`); alternatives are separate entries.
   */
  readonly keys: readonly string[];
  readonly does: string;
}

export interface ShortcutGroup {
  readonly where: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    where: 'Anywhere but the editor and the form fields',
    shortcuts: [
      { keys: ['?'], does: 'Open this help' },
      { keys: ['Ctrl+Z'], does: 'Undo the last change, made anywhere' },
      { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], does: 'Redo' },
      { keys: ['Ctrl+S'], does: 'Download the YAML (also inside the editor)' },
      { keys: ['Escape'], does: 'Close a dialog or this help' },
    ],
  },
  {
    where: 'Toolbar',
    shortcuts: [
      { keys: ['ArrowLeft', 'ArrowRight'], does: 'Move between the buttons' },
      { keys: ['Home', 'End'], does: 'Go to the first or the last button' },
    ],
  },
  {
    where: 'Diagram (Tab to a container, a volume or a mount)',
    shortcuts: [
      { keys: ['ArrowLeft', 'ArrowRight'], does: 'Move the container within its lane' },
      { keys: ['ArrowUp', 'ArrowDown'], does: 'Move the container to the lane above or below' },
      { keys: ['M'], does: 'Mount a volume into the container' },
      { keys: ['Delete', 'Backspace'], does: 'Remove the selected container, volume or mount' },
    ],
  },
  {
    where: 'Findings and Timeline tabs',
    shortcuts: [
      { keys: ['ArrowLeft', 'ArrowRight'], does: 'Show the other tab' },
      { keys: ['Home', 'End'], does: 'Show the first or the last tab' },
    ],
  },
  {
    where: 'Timeline chart',
    shortcuts: [
      { keys: ['ArrowLeft', 'ArrowRight'], does: 'Step to the previous or the next event' },
      { keys: ['Home', 'End'], does: 'Go to the first or the last event' },
    ],
  },
  {
    where: 'Palette',
    shortcuts: [{ keys: ['Enter', 'Space'], does: 'Add the focused template to its lane' }],
  },
  {
    where: 'Pane dividers',
    shortcuts: [
      { keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'], does: 'Resize the pane (hold Shift for bigger steps)' },
      { keys: ['Home', 'End'], does: 'Smallest or largest size' },
    ],
  },
  {
    where: 'Inspector fields',
    shortcuts: [
      { keys: ['Enter'], does: 'Apply the value (Ctrl+Enter in a field of several lines)' },
      { keys: ['Escape'], does: 'Put the value back as it was' },
    ],
  },
  {
    where: 'YAML editor',
    shortcuts: [
      { keys: ['Ctrl+Space'], does: 'Suggest fields and values from the Kubernetes schema' },
      { keys: ['Escape Tab', 'Escape Shift+Tab'], does: 'Leave the editor to the next or the previous control (Tab alone indents)' },
      { keys: ['Ctrl+M'], does: 'Make Tab move the focus out of the editor (press again to type tabs); shown under the editor' },
      { keys: ['Ctrl+Z', 'Ctrl+Shift+Z'], does: 'Undo and redo, the same history as the toolbar' },
    ],
  },
];

/** `?` opens the help: the key as typed, without Ctrl, Alt or Meta. */
export function isHelpKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey;
}
