/**
 * The service worker's news, as state the app shows: the app is now stored for offline
 * use (first visit), or a newer build is installed and waiting. A waiting build takes
 * over only when the user asks (the "Reload" of the notice): the page is never reloaded
 * under the user's work, not even when another tab's user chose to update.
 */
import { createStore } from 'zustand/vanilla';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export interface UpdateState {
  /** The app has just been stored in the browser: it now opens without a network. */
  readonly offlineReady: boolean;
  /** A newer build is ready; reloading switches to it. */
  readonly updateReady: boolean;
}

/** vite-plugin-pwa's `registerSW`: registers the worker, returns "activate the waiting one". */
export type RegisterServiceWorker = (options: RegisterSWOptions) => () => Promise<void>;

export function createUpdates() {
  const store = createStore<UpdateState>(() => ({ offlineReady: false, updateReady: false }));
  let activateWaiting: (() => Promise<void>) | undefined;
  let reloadPage: () => void = () => {};
  let reloadAsked = false;
  // Set when the new build took over without this tab asking (another tab updated).
  let newBuildInControl = false;

  return {
    store,
    register(registerServiceWorker: RegisterServiceWorker, reload: () => void): void {
      reloadPage = reload;
      activateWaiting = registerServiceWorker({
        onOfflineReady: () => store.setState({ offlineReady: true }),
        onNeedRefresh: () => store.setState({ updateReady: true, offlineReady: false }),
        onNeedReload: () => {
          if (reloadAsked) reloadPage();
          else {
            newBuildInControl = true;
            store.setState({ updateReady: true, offlineReady: false });
          }
        },
      });
    },
    /** The user chose to switch to the new build: activate it; the page reloads once it is in control. */
    async reloadToUpdate(): Promise<void> {
      reloadAsked = true;
      if (newBuildInControl || !activateWaiting) reloadPage();
      else await activateWaiting();
    },
    dismiss(): void {
      store.setState({ offlineReady: false, updateReady: false });
    },
  };
}
