/**
 * Opening a share link never silently replaces autosaved work: what to do with a
 * link's manifest, given what the user has. Kept apart from the autosave itself.
 */

export type Arrival = 'open' | 'ask' | 'already-open';

/**
 * `saved`: the autosaved text (undefined on a first visit); `current`: the editor's text.
 * Open at once when there is no saved work to lose, ask when there is and it differs.
 */
export function arrivalAction(saved: string | undefined, current: string, shared: string): Arrival {
  if (current === shared) return 'already-open';
  if (saved === undefined || saved === shared) return 'open';
  return 'ask';
}

/** The link's fragment is dropped once handled, so a reload does not ask again; the page's own URL stays. */
export function urlWithoutFragment(href: string): string {
  const at = href.indexOf('#');
  return at < 0 ? href : href.slice(0, at);
}
