/**
 * The strip under the diagram: which tab shows (Findings or Timeline), and a request to
 * bring one thing into view there and focus it, so a problem on the timeline leads to
 * its finding and a finding back to its problem. `seq` makes a repeated request a change.
 */
import { create } from 'zustand';

export type StripTab = 'findings' | 'timeline';

export type StripFocus =
  | { readonly target: 'finding'; readonly id: string; readonly seq: number }
  | { readonly target: 'problem'; readonly index: number; readonly seq: number };

export interface StripState {
  readonly tab: StripTab;
  readonly focus: StripFocus | undefined;
  /** The user picked a tab: any pending focus request is dropped. */
  showTab(tab: StripTab): void;
  /** Show the Findings tab and focus the finding with this id. */
  focusFinding(id: string): void;
  /** Show the Timeline tab and focus the mark of the problem at this index of the simulation's problems. */
  focusProblem(index: number): void;
  /** The request `seq` was carried out (the element has the focus): it must not fire again when its panel mounts anew. */
  focusDone(seq: number): void;
}

export const useStrip = create<StripState>()((set, get) => ({
  tab: 'findings',
  focus: undefined,
  showTab: (tab) => set({ tab, focus: undefined }),
  focusFinding: (id) => set({ tab: 'findings', focus: { target: 'finding', id, seq: (get().focus?.seq ?? 0) + 1 } }),
  focusProblem: (index) => set({ tab: 'timeline', focus: { target: 'problem', index, seq: (get().focus?.seq ?? 0) + 1 } }),
  focusDone: (seq) => {
    if (get().focus?.seq === seq) set({ focus: undefined });
  },
}));
