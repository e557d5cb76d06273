import { usePodsmith } from '../store/store';
import { copyText } from '../app/fileActions';
import { shareHash } from './link';

/** "Copy share link": the manifest in the link's fragment, copied to the clipboard; says how long, or why not. */
export async function copyShareLink(): Promise<void> {
  const { text, showMessage } = usePodsmith.getState();
  const link = await shareHash(text);
  if (!link.ok) {
    showMessage({ tone: 'error', text: link.message });
    return;
  }
  const url = new URL(import.meta.env.BASE_URL, window.location.href);
  url.hash = link.hash;
  const copied = await copyText(url.href);
  showMessage(
    copied
      ? { tone: 'info', text: `Copied a share link (${url.href.length.toLocaleString('en')} characters). The manifest is inside the link: nothing was uploaded.` }
      : { tone: 'error', text: 'The browser did not allow copying the share link.' },
  );
}
