import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** The element to focus when the dialog opens (defaults to the first focusable one). */
  readonly initialFocus?: React.RefObject<HTMLElement | null>;
  /** Where the focus goes on close when the opener is gone (the dialog was opened by a link, or by a dialog since closed). */
  readonly fallbackFocus?: () => HTMLElement | null;
  /** Extra classes: a size or a layout. */
  readonly className?: string;
  /** A ref to the title, so a view inside can move the focus back to it. */
  readonly titleRef?: React.RefObject<HTMLHeadingElement | null>;
}

/** A modal `<dialog>`: focus is trapped by the browser, Escape closes it, focus returns to the opener. */
export function Dialog({ open, title, onClose, children, initialFocus, fallbackFocus, className, titleRef }: DialogProps) {
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
        const back = opener && opener !== document.body && opener.isConnected ? opener : fallbackFocus?.();
        back?.focus?.();
      };
    }
    return undefined;
  }, [open, initialFocus, fallbackFocus]);

  // The browser's `close` event comes a task after Escape's `cancel`: by then the opener
  // may have opened the dialog again (Enter right after Escape), which must not be undone.
  const closedUnlessReopened = () => {
    if (!ref.current?.open) onClose();
  };

  return (
    <dialog ref={ref} className={className ? `dialog nokey ${className}` : 'dialog nokey'} aria-labelledby={titleId} onClose={closedUnlessReopened} onCancel={onClose}>
      <h2 id={titleId} ref={titleRef} tabIndex={titleRef ? -1 : undefined}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
