/**
 * The step the timeline is at, shared by the timeline (its cursor, the current event)
 * and the diagram (each container node's state chip). Undefined: not stepping, no chips.
 * App state of the view, not derived from the text.
 */
import { create } from 'zustand';

export interface PlaybackState {
  readonly step: number | undefined;
  setStep(step: number | undefined): void;
}

export const usePlayback = create<PlaybackState>()((set) => ({
  step: undefined,
  setStep: (step) => set({ step }),
}));
