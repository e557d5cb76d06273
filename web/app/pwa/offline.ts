/**
 * The app's service worker and install offer: started once by web/main.tsx, read by the
 * toolbar's InstallButton and the UpdateNotice. The worker itself is generated at build
 * time (vite.config.ts); under the dev server `virtual:pwa-register` registers nothing.
 */
import { registerSW } from 'virtual:pwa-register';
import { createInstallOffer } from './installOffer';
import { createUpdates } from './updates';

export const installOffer = createInstallOffer();
export const updates = createUpdates();

/**
 * The install offer is listened for at once (the browser may make it early); the worker
 * is registered once `firstPaint` has settled, so that neither it nor workbox-window
 * competes with the first drawn diagram.
 */
export function startOfflineSupport(firstPaint: Promise<unknown>): void {
  installOffer.listen(window);
  void firstPaint.then(() => updates.register(registerSW, () => window.location.reload()));
}
