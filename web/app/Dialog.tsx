import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** The element to focus when the dialog opens (defaults to the first focusable one). */
  readonly initialFocus?: React.RefObject<HTMLElement | null>;
}

/** A modal `<dialog>`: focus is trapped by the browser, Escape closes it, focus returns to the opener. */
export function Dialog({ open, title, onClose, children, initialFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement as HTMLElement | null;
      dialog.showModal();
      initialFocus?.current?.focus();
      return () => {
        if (dialog.open) dialog.close();
        opener?.focus?.();
      };
    }
    return undefined;
  }, [open, initialFocus]);

  return (
    <dialog ref={ref} className="dialog nokey" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
