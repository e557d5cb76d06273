import { describe, expect, it } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { createUpdates } from './updates';

/** vite-plugin-pwa's registerSW as a test drives it: the callbacks it was given, and how often the waiting worker was activated. */
function registered() {
  const worker = { options: {} as RegisterSWOptions, activations: 0, reloads: 0 };
  const updates = createUpdates();
  updates.register(
    (options) => {
      worker.options = options;
      return async () => {
        worker.activations += 1;
      };
    },
    () => {
      worker.reloads += 1;
    },
  );
  return { updates, worker };
}

describe('service worker updates', () => {
  it('says nothing until the worker has news', () => {
    const { updates } = registered();
    expect(updates.store.getState()).toEqual({ offlineReady: false, updateReady: false });
  });

  it('says when the app is stored for offline use (the first visit)', () => {
    const { updates, worker } = registered();
    worker.options.onOfflineReady?.();
    expect(updates.store.getState()).toEqual({ offlineReady: true, updateReady: false });
    updates.dismiss();
    expect(updates.store.getState().offlineReady).toBe(false);
  });

  it('says a new version is ready, and neither activates it nor reloads until the user asks', () => {
    const { updates, worker } = registered();
    worker.options.onNeedRefresh?.();
    expect(updates.store.getState()).toEqual({ offlineReady: false, updateReady: true });
    expect(worker.activations).toBe(0);
    expect(worker.reloads).toBe(0);
  });

  it('on the user asking, activates the waiting version, and reloads once it is in control', async () => {
    const { updates, worker } = registered();
    worker.options.onNeedRefresh?.();
    await updates.reloadToUpdate();
    expect(worker.activations).toBe(1);
    expect(worker.reloads).toBe(0);
    worker.options.onNeedReload?.();
    expect(worker.reloads).toBe(1);
  });

  it('never reloads by itself when another tab switched to the new version: it says so, and reloads when asked', async () => {
    const { updates, worker } = registered();
    worker.options.onNeedRefresh?.();
    worker.options.onNeedReload?.(); // the new version took control: another tab's user chose to update
    expect(worker.reloads).toBe(0);
    expect(updates.store.getState().updateReady).toBe(true);

    await updates.reloadToUpdate();
    expect(worker.activations).toBe(0); // nothing left waiting: just reload
    expect(worker.reloads).toBe(1);
  });

  it('a dismissed notice stays dismissed until the worker has new news', () => {
    const { updates, worker } = registered();
    worker.options.onNeedRefresh?.();
    updates.dismiss();
    expect(updates.store.getState().updateReady).toBe(false);
    worker.options.onNeedRefresh?.();
    expect(updates.store.getState().updateReady).toBe(true);
  });
});
