/** Whether the help panel is open: the toolbar's Help button, the `?` key and the first-visit hint open it. */
import { create } from 'zustand';

interface HelpState {
  readonly open: boolean;
  show(): void;
  hide(): void;
}

export const useHelp = create<HelpState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));
