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

export function startOfflineSupport(): void {
  installOffer.listen(window);
  updates.register(registerSW, () => window.location.reload());
}
