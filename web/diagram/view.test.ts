import { describe, expect, test } from 'vitest';
import { layoutPod } from './layout';
import { edgeSelection, elementSelection, nodeSelection, sameSelection, selectionAfter, selectionChanges, viewEdges, viewNodes, withDrag } from './view';
import { FULL_POD, podOf } from './testPods';

const graph = layoutPod(podOf(FULL_POD));
const find = <T extends { id: string }>(items: readonly T[], id: string) => items.find((n) => n.id === id)!;

describe('selection', () => {
  test('maps nodes and mount edges to store selections', () => {
    expect(nodeSelection(find(graph.nodes, 'pod'))).toEqual({ type: 'pod' });
    expect(nodeSelection(find(graph.nodes, 'container:app'))).toEqual({ type: 'container', id: 'app' });
    expect(nodeSelection(find(graph.nodes, 'volume:logs'))).toEqual({ type: 'volume', name: 'logs' });
    expect(nodeSelection(find(graph.nodes, 'network'))).toEqual({ type: 'network' });
    expect(nodeSelection(find(graph.nodes, 'lane:main'))).toBeUndefined();
    expect(edgeSelection(find(graph.edges, 'mount:app:1'))).toEqual({ type: 'mount', containerId: 'app', index: 1 });
    expect(edgeSelection(find(graph.edges, 'net:app'))).toBeUndefined();
  });

  test('compares selections by meaning, not key order', () => {
    expect(sameSelection({ type: 'mount', containerId: 'a', index: 0 }, { index: 0, containerId: 'a', type: 'mount' } as never)).toBe(true);
    expect(sameSelection({ type: 'container', id: 'a' }, { type: 'container', id: 'b' })).toBe(false);
    expect(sameSelection(undefined, undefined)).toBe(true);
    expect(sameSelection({ type: 'pod' }, undefined)).toBe(false);
  });
});

describe('viewNodes', () => {
  test('marks the store selection and keeps every other node object', () => {
    const nodes = viewNodes(graph.nodes, { selection: { type: 'container', id: 'app' }, locked: false });
    expect(find(nodes, 'container:app').selected).toBe(true);
    expect(nodes.filter((n) => n.selected)).toHaveLength(1);
    expect(find(nodes, 'container:worker')).toBe(find(graph.nodes, 'container:worker'));
  });

  test('highlights the lane a drag is over', () => {
    const nodes = viewNodes(graph.nodes, { selection: undefined, locked: false, dropLane: 'sidecar' });
    expect(find(nodes, 'lane:sidecar').data).toMatchObject({ dropTarget: true });
    expect(find(nodes, 'lane:main')).toBe(find(graph.nodes, 'lane:main'));
  });

  test('locks containers and volumes while the YAML has errors', () => {
    const nodes = viewNodes(graph.nodes, { selection: undefined, locked: true });
    const app = find(nodes, 'container:app');
    expect(app).toMatchObject({ draggable: false, connectable: false, data: { locked: true } });
    expect(find(nodes, 'volume:logs')).toMatchObject({ connectable: false, data: { locked: true } });
    const edges = viewEdges(graph.edges, { selection: undefined, locked: true });
    expect(find(edges, 'mount:app:0').data).toMatchObject({ locked: true });
  });

  test('marks a selected mount edge', () => {
    const edges = viewEdges(graph.edges, { selection: { type: 'mount', containerId: 'app', index: 0 }, locked: false });
    expect(find(edges, 'mount:app:0').selected).toBe(true);
    expect(find(edges, 'mount:app:1')).toBe(find(graph.edges, 'mount:app:1'));
  });
});

describe('withDrag', () => {
  test('moves only the dragged node', () => {
    const nodes = withDrag(graph.nodes, { id: 'container:app', position: { x: 5, y: 6 } });
    expect(find(nodes, 'container:app').position).toEqual({ x: 5, y: 6 });
    expect(find(nodes, 'container:worker')).toBe(find(graph.nodes, 'container:worker'));
  });
});

describe('selectionChanges', () => {
  test('keeps the select changes of nodes and edges, as store selections', () => {
    expect(
      selectionChanges(graph, [
        { type: 'select', id: 'container:app', selected: true },
        { type: 'position', id: 'container:app', dragging: true },
        { type: 'select', id: 'mount:app:0', selected: false },
        { type: 'select', id: 'lane:main', selected: true },
      ]),
    ).toEqual([
      { selection: { type: 'container', id: 'app' }, selected: true },
      { selection: { type: 'mount', containerId: 'app', index: 0 }, selected: false },
      { selection: undefined, selected: true },
    ]);
    expect(elementSelection(graph, 'nothing')).toBeUndefined();
  });
});

describe('selectionAfter', () => {
  const app = { type: 'container', id: 'app' } as const;
  const logs = { type: 'volume', name: 'logs' } as const;

  test('selects what React Flow selects, in either order of the changes', () => {
    expect(selectionAfter(app, [{ selection: logs, selected: true }, { selection: app, selected: false }])).toEqual(logs);
    expect(selectionAfter(app, [{ selection: app, selected: false }, { selection: logs, selected: true }])).toEqual(logs);
  });

  test('a deselect clears only the element it is about', () => {
    expect(selectionAfter(app, [{ selection: app, selected: false }])).toBeUndefined();
    expect(selectionAfter(app, [{ selection: { type: 'mount', containerId: 'app', index: 0 }, selected: false }])).toEqual(app);
  });
});
