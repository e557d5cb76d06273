import { describe, expect, test } from 'vitest';
import { layoutPod } from './layout';
import { isDeleteKey, isMountKey, isMoveKey, keyboardMountRequest, keyboardMoveEdit } from './keyboard';
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
    expect(isMountKey('m') && isMountKey('M') && !isMountKey('n')).toBe(true);
  });
});

describe('keyboardMountRequest', () => {
  test('offers every declared volume, proposing the first the container does not mount yet', () => {
    expect(keyboardMountRequest(graph, 'container:worker')).toMatchObject({ volume: 'logs', choices: ['logs', 'config'], container: { container: { name: 'worker' } } });
    // app mounts both: the first is proposed, a second mount of a volume is allowed.
    expect(keyboardMountRequest(graph, 'container:app')).toMatchObject({ volume: 'logs', choices: ['logs', 'config'] });
    expect(keyboardMountRequest(graph, 'container:migrate')).toMatchObject({ volume: 'logs' });
    expect(keyboardMountRequest(layoutPod(podOf(FULL_POD.replace('- name: logs\n        emptyDir: {}', '- name: cache\n        emptyDir: {}'))), 'container:app')).toMatchObject({
      volume: 'cache',
    });
  });

  test('offers nothing on another node, or when the pod declares no volume (a mount of an undeclared one is drawn, not offered)', () => {
    expect(keyboardMountRequest(graph, 'volume:logs')).toBeUndefined();
    const bare = layoutPod(podOf('kind: Pod\nspec:\n  containers: [{name: a, image: x, volumeMounts: [{name: ghost, mountPath: /g}]}]\n'));
    expect(keyboardMountRequest(bare, 'container:a')).toBeUndefined();
  });
});
