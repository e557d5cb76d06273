import { create } from 'zustand';
import { applyEdit, type Edit } from '@podsmith/manifest';
import exampleText from '../examples/log-collector.yaml?raw';
import { derive, type Derived } from './derive';
import { loadSavedText, saveText } from './persistence';
import type { Selection } from './selection';

export const EXAMPLE_TEXT: string = exampleText;

export interface PodsmithState extends Derived {
  /** The manifest text: the single source of truth. */
  readonly text: string;
  readonly selection: Selection | undefined;
  /** Why the last diagram edit was refused, shown until the next change. */
  readonly notice: string | undefined;

  /** The editor, an import or "New" replaced the text. */
  setText(text: string): void;
  /** A diagram, inspector, palette or quick-fix edit. Returns false (and sets `notice`) when refused. */
  dispatch(edit: Edit): boolean;
  select(selection: Selection | undefined): void;
  selectPod(index: number): void;
  dismissNotice(): void;
}

const initialText = loadSavedText() ?? EXAMPLE_TEXT;

export const usePodsmith = create<PodsmithState>()((set, get) => ({
  text: initialText,
  ...derive(initialText, undefined),
  selection: undefined,
  notice: undefined,

  setText(text) {
    if (text === get().text) return;
    set({ text, ...derive(text, get()), notice: undefined });
    saveText(text);
  },

  dispatch(edit) {
    const state = get();
    if (state.stale) {
      set({ notice: 'The YAML has errors: fix them in the editor before editing the diagram.' });
      return false;
    }
    const result = applyEdit(state.text, edit);
    if (!result.ok) {
      set({ notice: result.error });
      return false;
    }
    state.setText(result.text);
    return true;
  },

  select(selection) {
    set({ selection });
  },

  selectPod(index) {
    set({ ...derive(get().text, get(), index), selection: undefined });
  },

  dismissNotice() {
    set({ notice: undefined });
  },
}));
