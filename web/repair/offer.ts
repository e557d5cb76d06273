/**
 * The indentation repair, offered to the user: whenever the text looks like it lost its
 * indentation (a cheap check on every change), the repair is computed (its code loads
 * then) and offered under the toolbar. Only the user's click changes the text, as one
 * replacement, so one step of the editor's undo history.
 */
import { create } from 'zustand';
import { looksDeindented } from '@podsmith/manifest';
import type { IndentationRepair } from '@podsmith/manifest/repair';
import { usePodsmith } from '../store/store';

export interface RepairOffer {
  /** The text the repair is for: an offer for any other text is stale. */
  readonly text: string;
  readonly repair: IndentationRepair;
}

export const useRepairOffer = create<{ readonly offer: RepairOffer | undefined }>()(() => ({ offer: undefined }));

/** The offer for the store's current text, if there is one. */
export function currentOffer(offer: RepairOffer | undefined, text: string): RepairOffer | undefined {
  return offer?.text === text ? offer : undefined;
}

async function check(text: string): Promise<void> {
  if (!looksDeindented(text)) {
    if (useRepairOffer.getState().offer) useRepairOffer.setState({ offer: undefined });
    return;
  }
  const { computeRepair } = await import('./compute');
  // The user may have typed on while the code loaded.
  if (usePodsmith.getState().text !== text) return;
  useRepairOffer.setState({ offer: { text, repair: computeRepair(text) } });
}

/**
 * Watch the store's text for as long as the app lives (web/main.tsx): each text once it
 * is derived (`parsed` changes), so the check is not part of a keystroke's frame.
 */
export function watchIndentation(): () => void {
  void check(usePodsmith.getState().text);
  return usePodsmith.subscribe((state, previous) => {
    if (state.parsed !== previous.parsed && state.parsed.text === state.text) void check(state.text);
  });
}

/** "Repair indentation": replace the text with the repaired one, and say so. */
export function applyRepair(): void {
  const store = usePodsmith.getState();
  const offer = currentOffer(useRepairOffer.getState().offer, store.text);
  if (!offer?.repair.ok) return;
  store.setText(offer.repair.text);
  store.showMessage({
    tone: 'info',
    text: `Repaired the indentation: ${offer.repair.moved} lines moved under the keys they belong to. Undo (Ctrl+Z) brings back the text as it was.`,
  });
}
