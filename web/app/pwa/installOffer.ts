/**
 * The browser's offer to install Podsmith as an app (Chromium's `beforeinstallprompt`).
 * The browser fires it once it judges the app installable; the event is kept, and its
 * own mini-infobar suppressed, so the toolbar can offer "Install app" instead and show
 * the browser's dialog when the user asks. Browsers without the event never offer it.
 */
import { createStore } from 'zustand/vanilla';

/** `beforeinstallprompt`: not in TypeScript's DOM types (Chromium only). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

export interface InstallOfferState {
  /** Whether the browser offers to install the app now. */
  readonly available: boolean;
}

export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable';

export function createInstallOffer() {
  const store = createStore<InstallOfferState>(() => ({ available: false }));
  let offer: InstallPromptEvent | undefined;
  const take = (next: InstallPromptEvent | undefined) => {
    offer = next;
    store.setState({ available: next !== undefined });
  };
  return {
    store,
    /** Listen on the window from the start: the browser may offer before React has rendered. */
    listen(target: Pick<EventTarget, 'addEventListener'>): void {
      target.addEventListener('beforeinstallprompt', (event) => {
        event.preventDefault();
        take(event as InstallPromptEvent);
      });
      target.addEventListener('appinstalled', () => take(undefined));
    },
    /**
     * Show the browser's install dialog. An offer can be shown once: it is gone whatever
     * the user answers (the browser may offer again later, after a dismissal).
     */
    async install(): Promise<InstallOutcome> {
      const current = offer;
      if (!current) return 'unavailable';
      take(undefined);
      await current.prompt();
      return (await current.userChoice).outcome;
    },
  };
}
