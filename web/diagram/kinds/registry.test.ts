import { describe, expect, test } from 'vitest';
import { layoutPod } from '../layout';
import { FULL_POD, podOf } from '../testPods';
import { kindOf, NODE_KINDS, NODE_TYPES } from './registry';
import { edgeKindOf } from './edges';

const pod = podOf(FULL_POD);
const graph = layoutPod(pod);
const node = (id: string) => graph.nodes.find((n) => n.id === id)!;

describe('the node kind registry', () => {
  test('has an entry, keyed by its type, for every node layout makes, and React Flow renders its component', () => {
    for (const n of graph.nodes) {
      expect(kindOf(n).type).toBe(n.type);
      expect(NODE_TYPES[n.type!]).toBe(kindOf(n).component);
    }
    expect(Object.keys(NODE_TYPES).sort()).toEqual(Object.keys(NODE_KINDS).sort());
  });

  test('layout gives each node its kind’s flags', () => {
    for (const n of graph.nodes) expect(n).toMatchObject(kindOf(n).flags);
    expect(node('lane:main')).toMatchObject({ selectable: false, focusable: false, ariaRole: 'region' });
  });

  test('says what deleting each kind means', () => {
    const app = node('container:app');
    expect(kindOf(app).removal(app)).toEqual({ kind: 'removeContainer', pod: pod.ref, container: { list: 'containers', index: 0 } });
    const logs = node('volume:logs');
    expect(kindOf(logs).removal(logs)).toEqual({ kind: 'removeVolume', pod: pod.ref, name: 'logs' });
    for (const id of ['pod', 'lane:main', 'network']) expect(kindOf(node(id)).removal(node(id))).toBeUndefined();
    const mount = graph.edges.find((e) => e.id === 'mount:app:1')!;
    expect(edgeKindOf(mount).removal(mount)).toEqual({ kind: 'unmountVolume', pod: pod.ref, container: { list: 'containers', index: 0 }, index: 1 });
    const net = graph.edges.find((e) => e.id === 'net:app')!;
    expect(edgeKindOf(net).removal(net)).toBeUndefined();
  });

  test('a locked container cannot be dragged or connected; an unselected, unlocked one keeps its object', () => {
    const app = node('container:app');
    const kind = kindOf(app);
    expect(kind.view(app, { selection: undefined, locked: false }, false)).toBe(app);
    expect(kind.view(app, { selection: undefined, locked: true }, false)).toMatchObject({ draggable: false, connectable: false, data: { locked: true } });
  });
});
