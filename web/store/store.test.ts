import { beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_TEXT, usePodsmith } from './store';

const TWO = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: app\n    image: nginx\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\nspec:\n  containers:\n  - name: app\n    image: nginx\n';

beforeEach(() => {
  usePodsmith.getState().importText(EXAMPLE_TEXT);
  usePodsmith.setState({ message: undefined, notice: undefined });
});

describe('imports', () => {
  it('load a text, start at its first pod, and say what happened', () => {
    const store = usePodsmith.getState();
    store.selectPod(0);
    expect(store.importText(TWO, 'two.yaml')).toBe(true);
    const state = usePodsmith.getState();
    expect(state.text).toBe(TWO);
    expect(state.podIndex).toBe(0);
    expect(state.pod?.workload.name).toBe('a');
    expect(state.message?.text).toContain('2 workloads');
  });

  it('a refused import keeps the text and explains why', () => {
    expect(usePodsmith.getState().importText('a\u0000b', 'x.bin')).toBe(false);
    const state = usePodsmith.getState();
    expect(state.text).toBe(EXAMPLE_TEXT);
    expect(state.message?.tone).toBe('error');
  });

  it('a broken import does not show the previous file', () => {
    usePodsmith.getState().importText('kind: Pod\nmetadata: {\n');
    const state = usePodsmith.getState();
    expect(state.stale).toBe(true);
    expect(state.pod).toBeUndefined();
  });

  it('typing after an import clears the info message but keeps a warning', () => {
    usePodsmith.getState().importText(TWO);
    usePodsmith.getState().setText(TWO + '# more\n');
    expect(usePodsmith.getState().message).toBeUndefined();
    usePodsmith.getState().showMessage({ tone: 'warning', text: 'careful' });
    usePodsmith.getState().setText(TWO);
    expect(usePodsmith.getState().message?.text).toBe('careful');
  });

  it('New goes back to the example', () => {
    usePodsmith.getState().importText(TWO);
    usePodsmith.getState().resetToExample();
    expect(usePodsmith.getState().text).toBe(EXAMPLE_TEXT);
  });
});

describe('the editor cursor', () => {
  it('selects the container under it, marked as coming from the editor', () => {
    usePodsmith.getState().selectAtOffset(EXAMPLE_TEXT.indexOf('nginx:1.27.3'));
    expect(usePodsmith.getState().selection).toEqual({ type: 'container', id: 'app' });
    expect(usePodsmith.getState().selectionOrigin).toBe('editor');
    usePodsmith.getState().select({ type: 'volume', name: 'app-logs' });
    expect(usePodsmith.getState().selectionOrigin).toBeUndefined();
  });

  it('does nothing while the text is broken', () => {
    usePodsmith.getState().setText(EXAMPLE_TEXT.replace('kind: Pod', 'kind: Pod: x'));
    usePodsmith.getState().select(undefined);
    usePodsmith.getState().selectAtOffset(EXAMPLE_TEXT.indexOf('nginx:1.27.3'));
    expect(usePodsmith.getState().selection).toBeUndefined();
  });
});
