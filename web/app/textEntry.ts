/**
 * Whether a key press on `target` is typing: in the editor (Monaco) or a form field.
 * There, Ctrl+Z undoes the typing and `?` is a question mark, not the app's shortcuts.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('.monaco-editor, input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}
