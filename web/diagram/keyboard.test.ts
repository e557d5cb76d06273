import { describe, expect, test } from 'vitest';
import { layoutPod } from './layout';
import { isDeleteKey, isMoveKey, keyboardMoveEdit } from './keyboard';
import { FULL_POD, podOf } from './testPods';

const graph = layoutPod(podOf(FULL_POD));

describe('keyboardMoveEdit', () => {
  test('left and right reorder within the lane', () => {
    expect(keyboardMoveEdit(graph, 'container:app', 'ArrowRight')).toMatchObject({ kind: 'moveContainer', container: { list: 'containers', index: 0 }, lane: 'main', index: 1 });
    expect(keyboardMoveEdit(graph, 'container:worker', 'ArrowLeft')).toMatchObject({ lane: 'main', index: 0 });
  });

  test('stop at the ends of the lane', () => {
    expect(keyboardMoveEdit(graph, 'container:app', 'ArrowLeft')).toBeUndefined();
    expect(keyboardMoveEdit(graph, 'container:worker', 'ArrowRight')).toBeUndefined();
  });

  test('up and down change lane in start order, keeping the column where there is room', () => {
    expect(keyboardMoveEdit(graph, 'container:app', 'ArrowUp')).toMatchObject({ container: { list: 'containers', index: 0 }, lane: 'sidecar', index: 0 });
    expect(keyboardMoveEdit(graph, 'container:worker', 'ArrowUp')).toMatchObject({ lane: 'sidecar', index: 1 });
    expect(keyboardMoveEdit(graph, 'container:migrate', 'ArrowDown')).toMatchObject({ container: { list: 'initContainers', index: 2 }, lane: 'sidecar', index: 1 });
    expect(keyboardMoveEdit(graph, 'container:proxy', 'ArrowDown')).toMatchObject({ lane: 'main', index: 0 });
  });

  test('stop at the first and last lane, and ignore other nodes', () => {
    expect(keyboardMoveEdit(graph, 'container:wait-for-db', 'ArrowUp')).toBeUndefined();
    expect(keyboardMoveEdit(graph, 'container:app', 'ArrowDown')).toBeUndefined();
    expect(keyboardMoveEdit(graph, 'volume:logs', 'ArrowUp')).toBeUndefined();
  });

  test('key names', () => {
    expect(isDeleteKey('Delete') && isDeleteKey('Backspace') && !isDeleteKey('d')).toBe(true);
    expect(isMoveKey('ArrowUp') && !isMoveKey('Enter')).toBe(true);
  });
});
