/** "Open in designer": a pattern form replaces the manifest, as one undoable step. */
import type { PodPattern } from '@podsmith/patterns/pods';
import { usePodsmith } from '../store/store';
import { whenHistoryReady } from '../editor/history';
import { closeGallery } from './navigation';

export type FormName = 'broken' | 'fixed';

/** `the fixed form`, `the legacy form`: how the gallery names a form. */
export function formLabel(pattern: PodPattern, form: FormName): string {
  return form === 'fixed' ? 'fixed' : pattern.broken.kind;
}

/** `Fixed form`, `Legacy form`: a form's heading. */
export function formTitle(pattern: PodPattern, form: FormName): string {
  const label = formLabel(pattern, form);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} form`;
}

/**
 * Load the form through the store's import path and close the gallery. It waits for the
 * editor: loaded before it, the pattern would be the editor's first text and the user's
 * text could not be undone back.
 */
export async function openInDesigner(pattern: PodPattern, form: FormName): Promise<void> {
  await whenHistoryReady();
  const { importText, showMessage } = usePodsmith.getState();
  if (importText(pattern[form].yaml)) {
    showMessage({
      tone: 'info',
      text: `Opened the ${formLabel(pattern, form)} form of the “${pattern.title}” pattern. Undo (Ctrl+Z) brings your previous text back.`,
    });
  }
  closeGallery();
}
