/**
 * Two tabs on Podsmith share one autosave (localStorage), so only one of them may write
 * it: the one holding the `podsmith.autosave` Web Lock. A tab that finds the lock held
 * says so and writes nothing until its user chooses to take over; the tab that held it
 * then saves its last text, lets go and says so. Nobody's work is overwritten unasked.
 *
 * The lock is the browser's: it is released when a tab closes or crashes, with no
 * heartbeat to miss in a throttled background tab. A BroadcastChannel carries the two
 * messages the lock cannot: "let go, I take over" and "I am closing".
 */
import { create } from 'zustand';

export type LeaseKind =
  /** Asking for the lock (a few milliseconds after the start). */
  | 'starting'
  /** This tab holds the lock and autosaves. */
  | 'owner'
  /** Another tab holds it; this tab's user has not chosen yet. */
  | 'other'
  /** This tab's user chose to go on here without saving. */
  | 'copy'
  /** This tab held it until another tab took over. */
  | 'taken'
  /** This tab's user asked to take over; waiting for the other tab to let go. */
  | 'taking';

export interface LeaseState {
  readonly kind: LeaseKind;
  /** The tab that held the lock said it was closing (its work is saved). */
  readonly otherClosed: boolean;
}

export type LeaseEvent =
  | { readonly type: 'granted' }
  | { readonly type: 'busy' }
  | { readonly type: 'released' }
  | { readonly type: 'take-over' }
  | { readonly type: 'copy' }
  | { readonly type: 'other-closed' };

export const STARTING: LeaseState = { kind: 'starting', otherClosed: false };

/** The next state. An event that does not apply to the current state changes nothing. */
export function leaseAfter(state: LeaseState, event: LeaseEvent): LeaseState {
  const { kind } = state;
  switch (event.type) {
    case 'granted':
      return kind === 'starting' || kind === 'taking' ? { kind: 'owner', otherClosed: false } : state;
    case 'busy':
      return kind === 'starting' ? { kind: 'other', otherClosed: false } : state;
    case 'released':
      return kind === 'owner' ? { kind: 'taken', otherClosed: false } : state;
    case 'take-over':
      return kind === 'other' || kind === 'copy' || kind === 'taken' ? { ...state, kind: 'taking' } : state;
    case 'copy':
      return kind === 'other' || kind === 'taken' ? { ...state, kind: 'copy' } : state;
    case 'other-closed':
      return kind === 'other' || kind === 'copy' || kind === 'taken' ? { ...state, otherClosed: true } : state;
  }
}

/** Whether this tab may write the autosave. Only the lock's holder does; before the answer, nobody. */
export function mayAutosave(state: LeaseState): boolean {
  return state.kind === 'owner';
}

/* ---- the browser side ---- */

const LOCK_NAME = 'podsmith.autosave';
const CHANNEL_NAME = 'podsmith.tabs';
/** How long a take-over waits for the holder to let go before taking the lock anyway (a frozen tab never answers). */
const STEAL_AFTER_MS = 3000;
/**
 * When a starting tab asks again before saying another tab holds the lock: on a reload
 * the page being left may not have let go yet. (`ifAvailable` each time, never a timed
 * wait: a busy main thread could run the timeout before the grant.)
 */
const START_RETRIES_MS = [250, 1000];

const timedOut = (error: unknown) => error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');

type Message = { readonly type: 'let-go' } | { readonly type: 'closing' };

export const useTabLease = create<LeaseState>()(() => STARTING);
const dispatch = (event: LeaseEvent) => useTabLease.setState((state) => leaseAfter(state, event), true);

/** A localStorage that writes only while this tab holds the lease (the autosave writes through it). */
export const leasedStorage: Pick<Storage, 'setItem'> = {
  setItem(key, value) {
    if (mayAutosave(useTabLease.getState())) globalThis.localStorage?.setItem(key, value);
  },
};

let letGo: (() => void) | undefined;
let channel: BroadcastChannel | undefined;

/** Hold a granted lock until `letGo` is called (or the tab goes). */
function hold(): Promise<void> {
  dispatch({ type: 'granted' });
  return new Promise((resolve) => {
    letGo = () => {
      letGo = undefined;
      resolve();
    };
  });
}

/** Ask for the lock if it is free, and hold it if so. Resolves with whether it was granted. */
function claimIfFree(locks: LockManager): Promise<boolean> {
  return new Promise((answered) => {
    locks
      .request(LOCK_NAME, { ifAvailable: true }, (lock) => {
        answered(lock !== null);
        return lock ? hold() : undefined;
      })
      .catch(ended);
  });
}

async function claimAtStart(locks: LockManager): Promise<void> {
  if (await claimIfFree(locks)) return;
  for (const ms of START_RETRIES_MS) {
    await new Promise((wait) => setTimeout(wait, ms));
    if (await claimIfFree(locks)) return;
  }
  dispatch({ type: 'busy' });
}

/** A held lock ended: let go on request, or taken by force from a tab that did not answer. */
function ended(): void {
  letGo = undefined;
  dispatch({ type: 'released' });
}

/**
 * Ask for the lease, and answer the other tabs. `flush` writes a pending autosave at
 * once: the holder calls it before letting go, so the taker reads its latest text.
 * Without Web Locks (an old browser) every tab autosaves, as before.
 */
export function startTabLease(flush: () => void): void {
  const locks = globalThis.navigator?.locks;
  if (!locks || typeof BroadcastChannel === 'undefined') {
    dispatch({ type: 'granted' });
    return;
  }
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data.type === 'closing') dispatch({ type: 'other-closed' });
    if (event.data.type === 'let-go' && letGo) {
      flush();
      const release = letGo;
      dispatch({ type: 'released' });
      release();
    }
  };
  globalThis.addEventListener('pagehide', () => {
    if (useTabLease.getState().kind !== 'owner') return;
    flush();
    channel?.postMessage({ type: 'closing' } satisfies Message);
  });
  void claimAtStart(locks);
}

/**
 * Take the lease over: the holder saves and lets go (or, silent for a few seconds, is
 * overruled). Resolves once this tab holds it; until then it writes nothing.
 */
export async function takeOver(): Promise<void> {
  const locks = globalThis.navigator?.locks;
  if (!locks || !channel) return;
  dispatch({ type: 'take-over' });
  const granted = new Promise<void>((resolve) => {
    const request = (options: LockOptions) =>
      locks.request(LOCK_NAME, options, () => {
        resolve();
        return hold();
      });
    request({ signal: AbortSignal.timeout(STEAL_AFTER_MS) }).catch((error: unknown) => {
      if (timedOut(error) && useTabLease.getState().kind === 'taking') {
        request({ steal: true }).catch(ended);
      } else {
        ended();
      }
    });
  });
  channel.postMessage({ type: 'let-go' } satisfies Message);
  return granted;
}

/** Go on in this tab without saving (the notice stays, smaller, with Take over). */
export function keepCopy(): void {
  dispatch({ type: 'copy' });
}
