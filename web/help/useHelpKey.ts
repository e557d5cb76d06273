import { useEffect } from 'react';
import { isTextEntry } from '../app/textEntry';
import { isHelpKey } from './shortcuts';
import { useHelp } from './helpState';

/** `?` opens the help, outside the editor, the form fields and the dialogs (where it is typed or means nothing). */
export function useHelpKey(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isHelpKey(event) || isTextEntry(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      useHelp.getState().show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
