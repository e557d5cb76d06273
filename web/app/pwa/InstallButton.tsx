import { useStore } from 'zustand';
import { installOffer } from './offline';

/** "Install app", shown only while the browser offers to install Podsmith. */
export function InstallButton() {
  const available = useStore(installOffer.store, (s) => s.available);
  if (!available) return null;
  return (
    <button type="button" className="install-button" onClick={() => void installOffer.install()} title="Install Podsmith as an app on this device: it then opens from its own icon, without a network">
      Install app
    </button>
  );
}
