import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/** One command of a menu; data, so that a menu is a list its owner builds. */
export interface MenuCommand {
  readonly label: string;
  readonly run: () => void;
  /** Why it cannot run now; the item stays in the list (and in the tab of a screen reader), inert. */
  readonly unavailable?: boolean;
  readonly title?: string;
  /** A line above it: the start of a group. */
  readonly groupStart?: boolean;
}

/**
 * A button that opens a menu of commands (the WAI-ARIA APG menu button): Enter, Space or
 * ArrowDown open it on the first item, ArrowUp on the last; arrows, Home and End move;
 * Escape closes it and focus goes back to the button; Tab or a click elsewhere closes it.
 * A command runs with the focus back on the button, so a dialog it opens returns there.
 */
export function MenuButton({ label, commands, title }: { label: string; commands: readonly MenuCommand[]; title?: string }) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const items = menuItems(menu.current);
    (open === 'first' ? items[0] : items.at(-1))?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!button.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Tab') {
      setOpen(false);
      return;
    }
    // The menu's keys are its own: the toolbar's arrows must not move focus out of it.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    const items = menuItems(menu.current);
    const current = items.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? id : undefined}
        title={title}
        onClick={() => (open ? setOpen(false) : setOpen('first'))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div ref={menu} id={id} role="menu" aria-label={label} className="menu" onKeyDown={onMenuKey}>
          {commands.map((command) => (
            <button
              key={command.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={command.groupStart ? 'menu__item menu__item--group' : 'menu__item'}
              aria-disabled={command.unavailable || undefined}
              title={command.title}
              onClick={() => {
                if (command.unavailable) return;
                close();
                command.run();
              }}
            >
              {command.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu ? Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]')) : [];
}
