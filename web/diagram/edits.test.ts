import { describe, expect, test } from 'vitest';
import { layoutPod } from './layout';
import { centerOf } from './drop';
import { mountEdit, mountRequest, moveEdit, removalEdit } from './edits';
import type { DiagramGraph } from './graph';
import { FULL_POD, podOf } from './testPods';

const pod = podOf(FULL_POD);
const graph = layoutPod(pod);
const node = (g: DiagramGraph, id: string) => g.nodes.find((n) => n.id === id)!;
const center = (id: string) => centerOf(node(graph, id));

describe('moveEdit', () => {
  test('a main container let go on the sidecar lane becomes a native sidecar at that index', () => {
    const over = center('container:proxy');
    expect(moveEdit(graph, 'container:app', { x: over.x + 150, y: over.y })).toEqual({
      kind: 'moveContainer',
      pod: pod.ref,
      container: { list: 'containers', index: 0 },
      lane: 'sidecar',
      index: 1,
    });
  });

  test('a sidecar let go on the main lane goes back, before the first container', () => {
    const app = center('container:app');
    expect(moveEdit(graph, 'container:proxy', { x: app.x - 100, y: app.y })).toMatchObject({
      kind: 'moveContainer',
      container: { list: 'initContainers', index: 1 },
      lane: 'main',
      index: 0,
    });
  });

  test('reorders within a lane', () => {
    const worker = center('container:worker');
    expect(moveEdit(graph, 'container:app', { x: worker.x + 100, y: worker.y })).toMatchObject({ lane: 'main', index: 1 });
  });

  test('is undefined when the container lands where it was, outside the lanes, or is not a container', () => {
    const app = center('container:app');
    expect(moveEdit(graph, 'container:app', { x: app.x + 20, y: app.y })).toBeUndefined();
    expect(moveEdit(graph, 'container:app', center('volume:logs'))).toBeUndefined();
    expect(moveEdit(graph, 'volume:logs', center('container:app'))).toBeUndefined();
  });
});

describe('removalEdit', () => {
  test('removes a container', () => {
    expect(removalEdit(graph, 'container:migrate')).toEqual({
      kind: 'removeContainer',
      pod: pod.ref,
      container: { list: 'initContainers', index: 2 },
    });
  });

  test('removes a volume by name (applyEdit removes its mounts too)', () => {
    expect(removalEdit(graph, 'volume:config')).toEqual({ kind: 'removeVolume', pod: pod.ref, name: 'config' });
  });

  test('unmounts a mount edge', () => {
    expect(removalEdit(graph, 'mount:app:1')).toEqual({
      kind: 'unmountVolume',
      pod: pod.ref,
      container: { list: 'containers', index: 0 },
      index: 1,
    });
  });

  test('has nothing to remove for the frame, lanes, network, network edges or an undeclared volume', () => {
    for (const id of ['pod', 'lane:init', 'network', 'net:app', 'nothing']) expect(removalEdit(graph, id)).toBeUndefined();
    const ghost = layoutPod(podOf('kind: Pod\napiVersion: v1\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x, volumeMounts: [{name: g, mountPath: /g}]}]\n'));
    expect(removalEdit(ghost, 'volume:g')).toBeUndefined();
  });
});

describe('mounting', () => {
  test('a connection from a container to a declared volume is a mount request', () => {
    const request = mountRequest(graph, 'container:worker', 'volume:logs')!;
    expect(request).toMatchObject({ volume: 'logs', choices: ['logs'] });
    expect(mountEdit(request, { volume: 'logs', mountPath: '/var/log/worker', readOnly: false })).toEqual({
      kind: 'mountVolume',
      pod: pod.ref,
      container: { list: 'containers', index: 1 },
      mount: { name: 'logs', mountPath: '/var/log/worker' },
    });
    expect(mountEdit(request, { volume: 'logs', mountPath: '/logs', readOnly: true })).toMatchObject({ mount: { name: 'logs', mountPath: '/logs', readOnly: true } });
  });

  test('anything else is not', () => {
    expect(mountRequest(graph, 'volume:logs', 'container:worker')).toBeUndefined();
    expect(mountRequest(graph, 'container:worker', 'container:app')).toBeUndefined();
    expect(mountRequest(graph, 'network', 'volume:logs')).toBeUndefined();
  });
});
