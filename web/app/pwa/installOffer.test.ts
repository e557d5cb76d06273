import { describe, expect, it } from 'vitest';
import { createInstallOffer, type InstallPromptEvent } from './installOffer';

/** A `beforeinstallprompt` as Chromium fires it, answering the dialog with `outcome`. */
function offerEvent(outcome: 'accepted' | 'dismissed') {
  const event = new Event('beforeinstallprompt', { cancelable: true }) as InstallPromptEvent & { prompted: number };
  event.prompted = 0;
  Object.assign(event, {
    prompt: async () => {
      event.prompted += 1;
    },
    userChoice: Promise.resolve({ outcome, platform: 'web' }),
  });
  return event;
}

function listening() {
  const window = new EventTarget();
  const offer = createInstallOffer();
  offer.listen(window);
  return { window, offer };
}

describe('the install offer', () => {
  it('offers nothing until the browser does', async () => {
    const { offer } = listening();
    expect(offer.store.getState().available).toBe(false);
    expect(await offer.install()).toBe('unavailable');
  });

  it('keeps the browser offer, suppressing the browser own prompt, and shows it when asked', async () => {
    const { window, offer } = listening();
    const event = offerEvent('accepted');
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(offer.store.getState().available).toBe(true);

    expect(await offer.install()).toBe('accepted');
    expect(event.prompted).toBe(1);
    expect(offer.store.getState().available).toBe(false);
  });

  it('shows one offer once, even when dismissed; a later offer is offered again', async () => {
    const { window, offer } = listening();
    const first = offerEvent('dismissed');
    window.dispatchEvent(first);
    expect(await offer.install()).toBe('dismissed');
    expect(offer.store.getState().available).toBe(false);
    expect(await offer.install()).toBe('unavailable');
    expect(first.prompted).toBe(1);

    window.dispatchEvent(offerEvent('accepted'));
    expect(offer.store.getState().available).toBe(true);
  });

  it('withdraws the offer once the app is installed (from the browser menu, say)', () => {
    const { window, offer } = listening();
    window.dispatchEvent(offerEvent('accepted'));
    window.dispatchEvent(new Event('appinstalled'));
    expect(offer.store.getState().available).toBe(false);
  });
});
