/** Keyboard for a tab list (WAI-ARIA tabs pattern, automatic activation): which tab a key moves to. */

/** The tab after pressing `key` on `current`, or undefined for a key the tab list does not use. */
export function tabAfterKey<T>(tabs: readonly T[], current: T, key: string): T | undefined {
  const index = tabs.indexOf(current);
  if (index < 0 || tabs.length === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return tabs[(index + 1) % tabs.length];
    case 'ArrowLeft':
      return tabs[(index - 1 + tabs.length) % tabs.length];
    case 'Home':
      return tabs[0];
    case 'End':
      return tabs[tabs.length - 1];
    default:
      return undefined;
  }
}
