import { describe, expect, test } from 'vitest';
import { layoutPod } from './layout';
import { centerOf, dropIndex, insidePod, laneAt } from './drop';
import type { DiagramGraph } from './graph';
import { FULL_POD, podOf } from './testPods';

const graph = layoutPod(podOf(FULL_POD));
const node = (g: DiagramGraph, id: string) => g.nodes.find((n) => n.id === id)!;
const center = (id: string) => centerOf(node(graph, id));

describe('laneAt', () => {
  test('finds the lane under a point', () => {
    expect(laneAt(graph, center('container:wait-for-db'))).toBe('init');
    expect(laneAt(graph, center('container:proxy'))).toBe('sidecar');
    expect(laneAt(graph, center('container:worker'))).toBe('main');
  });

  test('is undefined outside the lanes, on the volumes or the network', () => {
    expect(laneAt(graph, center('volume:logs'))).toBeUndefined();
    expect(laneAt(graph, center('network'))).toBeUndefined();
    expect(laneAt(graph, { x: -50, y: -50 })).toBeUndefined();
  });
});

describe('insidePod', () => {
  test('is true anywhere in the frame', () => {
    expect(insidePod(graph, center('volume:config'))).toBe(true);
    expect(insidePod(graph, { x: 1, y: 1 })).toBe(true);
    expect(insidePod(graph, { x: -1, y: 1 })).toBe(false);
  });
});

describe('dropIndex', () => {
  const app = center('container:app');
  const worker = center('container:worker');

  test('counts the containers of the lane whose centre is left of the drop', () => {
    expect(dropIndex(graph, 'main', app.x - 100)).toBe(0);
    expect(dropIndex(graph, 'main', (app.x + worker.x) / 2)).toBe(1);
    expect(dropIndex(graph, 'main', worker.x + 100)).toBe(2);
  });

  test('counts only the given lane: init and sidecar share a YAML list but not positions', () => {
    expect(dropIndex(graph, 'sidecar', 10_000)).toBe(1);
    expect(dropIndex(graph, 'init', 10_000)).toBe(2);
  });

  test('an empty lane takes the drop at 0', () => {
    const lone = layoutPod(podOf('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: nginx}]\n'));
    expect(dropIndex(lone, 'sidecar', 500)).toBe(0);
  });

  test('leaves out the container being moved, giving its final position', () => {
    // app dropped right of worker ends up second: index 1 once app is cut out.
    expect(dropIndex(graph, 'main', worker.x + 100, 'container:app')).toBe(1);
    // worker dropped left of app ends up first.
    expect(dropIndex(graph, 'main', app.x - 100, 'container:worker')).toBe(0);
  });
});
