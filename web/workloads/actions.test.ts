import { beforeEach, describe, expect, test } from 'vitest';
import { BLANK_POD_TEXT, EXAMPLE_TEXT, usePodsmith } from '../store/store';
import { addWorkload, changeKind, deleteWorkload, unusedName } from './actions';

beforeEach(() => {
  usePodsmith.getState().importText(EXAMPLE_TEXT);
  usePodsmith.setState({ message: undefined, notice: undefined });
});

describe('workload actions', () => {
  test('change the kind of the pod on the diagram, and say so', () => {
    expect(changeKind('StatefulSet')).toBe(true);
    const state = usePodsmith.getState();
    expect(state.pod?.workload.kind).toBe('StatefulSet');
    expect(state.text).toContain('  serviceName: web\n');
    expect(state.message?.text).toMatch(/^The Pod is now a StatefulSet, with the same pod\. Undo/);
  });

  test('a refused change keeps the text and gives the reason', () => {
    usePodsmith.getState().importText('{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "b"}]}}');
    const before = usePodsmith.getState().text;
    expect(changeKind('Job')).toBe(false);
    expect(usePodsmith.getState().text).toBe(before);
    expect(usePodsmith.getState().notice).toMatch(/flow style/);
  });

  test('add a workload: a blank pod with a new name, drawn; delete it: the example is drawn again', () => {
    expect(addWorkload()).toBe(true);
    let state = usePodsmith.getState();
    expect(state.text).toBe(`${EXAMPLE_TEXT}---\n${BLANK_POD_TEXT.replace('my-pod', 'my-pod-2')}`);
    expect(state.pod?.workload.name).toBe('my-pod-2');
    expect(deleteWorkload()).toBe(true);
    state = usePodsmith.getState();
    expect(state.text).toBe(EXAMPLE_TEXT);
    expect(state.pod?.workload.name).toBe('web');
    expect(deleteWorkload()).toBe(false);
    expect(usePodsmith.getState().notice).toMatch(/only document/);
  });

  test('new names are free ones', () => {
    expect(unusedName(['web', 'my-pod-2', undefined])).toBe('my-pod-3');
  });
});
