import { describe, expect, test } from 'vitest';
import { layoutPod } from './layout';
import type { ContainerNode, DiagramGraph, LaneNode, MountEdge, VolumeNode } from './graph';
import { FULL_POD, FULL_POD_PLUS_ONE, podOf } from './testPods';

const graph = layoutPod(podOf(FULL_POD));

const lanes = (g: DiagramGraph) => g.nodes.filter((n): n is LaneNode => n.type === 'lane');
const containers = (g: DiagramGraph) => g.nodes.filter((n): n is ContainerNode => n.type === 'container');
const volumes = (g: DiagramGraph) => g.nodes.filter((n): n is VolumeNode => n.type === 'volume');
const byId = (g: DiagramGraph, id: string) => g.nodes.find((n) => n.id === id)!;

describe('layoutPod', () => {
  test('frames the pod, titled by its workload', () => {
    const frame = g(graph, 'pod');
    expect(frame.type).toBe('pod');
    expect(frame.data).toMatchObject({ title: 'Deployment shop' });
    expect(frame.position).toEqual({ x: 0, y: 0 });
    // Every other node lives in the frame.
    expect(graph.nodes.filter((n) => n.id !== 'pod').every((n) => n.parentId === 'pod')).toBe(true);
  });

  test('stacks the three lanes in start order: init, sidecar, main', () => {
    const ls = lanes(graph);
    expect(ls.map((l) => l.data.lane)).toEqual(['init', 'sidecar', 'main']);
    expect(ls.map((l) => l.ariaLabel)).toEqual(['Init containers', 'Native sidecars', 'Main containers']);
    const ys = ls.map((l) => l.position.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(ls.map((l) => l.data.count)).toEqual([2, 1, 2]);
  });

  test('puts each container in its lane, in order', () => {
    const laneOf = (id: string) => {
      const c = byId(graph, id);
      const center = c.position.y + (c.height ?? 0) / 2;
      return lanes(graph).find((l) => center > l.position.y && center < l.position.y + (l.height ?? 0))!.data.lane;
    };
    expect(laneOf('container:wait-for-db')).toBe('init');
    expect(laneOf('container:migrate')).toBe('init');
    expect(laneOf('container:proxy')).toBe('sidecar');
    expect(laneOf('container:app')).toBe('main');
    expect(laneOf('container:worker')).toBe('main');
    expect(byId(graph, 'container:wait-for-db').position.x).toBeLessThan(byId(graph, 'container:migrate').position.x);
    expect(byId(graph, 'container:app').position.x).toBeLessThan(byId(graph, 'container:worker').position.x);
  });

  test('numbers init containers and sidecars in run order, across both lanes', () => {
    const order = Object.fromEntries(containers(graph).map((c) => [c.data.container.name, c.data.container.initOrder]));
    expect(order).toEqual({ 'wait-for-db': 1, proxy: 2, migrate: 3, app: undefined, worker: undefined });
    expect(containers(graph).map((c) => [c.data.container.name, c.data.laneIndex])).toEqual([
      ['wait-for-db', 0],
      ['migrate', 1],
      ['proxy', 0],
      ['app', 0],
      ['worker', 1],
    ]);
  });

  test('keeps nodes inside their lane and the frame, without overlaps', () => {
    const frame = g(graph, 'pod');
    for (const n of graph.nodes.filter((n) => n.id !== 'pod')) {
      expect(n.position.x + (n.width ?? 0)).toBeLessThanOrEqual(frame.width!);
      expect(n.position.y + (n.height ?? 0)).toBeLessThanOrEqual(frame.height!);
    }
    const boxes = graph.nodes.filter((n) => n.type === 'container' || n.type === 'volume' || n.type === 'network');
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart =
          a.position.x + a.width! <= b.position.x ||
          b.position.x + b.width! <= a.position.x ||
          a.position.y + a.height! <= b.position.y ||
          b.position.y + b.height! <= a.position.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
  });

  test('draws each volumeMount as an edge from container to its row in the volume, the row saying path, read-only and subPath', () => {
    const mounts = graph.edges.filter((e): e is MountEdge => e.type === 'mount');
    expect(mounts.map((e) => [e.source, e.target, e.targetHandle])).toEqual([
      ['container:migrate', 'volume:config', 'mount:migrate:0'],
      ['container:app', 'volume:logs', 'mount:app:0'],
      ['container:app', 'volume:config', 'mount:app:1'],
    ]);
    expect(volumes(graph).map((v) => v.data.mounts.map((row) => [row.edge, row.container.name, row.label]))).toEqual([
      [['mount:app:0', 'app', '/var/log/app']],
      [
        ['mount:migrate:0', 'migrate', '/etc/migrate · read-only · subPath: migrate.conf'],
        ['mount:app:1', 'app', '/etc/app'],
      ],
    ]);
    expect(mounts[0]!.ariaLabel).toBe('migrate mounts config at /etc/migrate · read-only · subPath: migrate.conf');
    expect(volumes(graph).map((v) => [v.id, v.data.volume?.type])).toEqual([
      ['volume:logs', 'emptyDir'],
      ['volume:config', 'configMap'],
    ]);
  });

  test('joins one localhost node to every container that declares ports, named with the ports and drawn without a label', () => {
    expect(graph.nodes.filter((n) => n.type === 'network')).toHaveLength(1);
    const net = graph.edges.filter((e) => e.type === 'default');
    expect(net.map((e) => [e.source, e.target, e.ariaLabel, e.label])).toEqual([
      ['network', 'container:proxy', 'proxy listens on localhost: 10000/TCP, 9901/UDP', undefined],
      ['network', 'container:app', 'app listens on localhost: 8080/TCP', undefined],
    ]);
  });

  test('lists nodes in the order Tab should follow: containers in start order, localhost, volumes', () => {
    const focusable = graph.nodes.filter((n) => n.id !== 'pod' && n.focusable !== false).map((n) => n.id);
    expect(focusable).toEqual([
      'container:wait-for-db',
      'container:migrate',
      'container:proxy',
      'container:app',
      'container:worker',
      'network',
      'volume:logs',
      'volume:config',
    ]);
  });

  test('labels every node for screen readers', () => {
    expect(byId(graph, 'container:proxy').ariaLabel).toBe(
      'Native sidecar proxy, image envoyproxy/envoy:v1.31.2, starts 2nd, listens on 10000/TCP, 9901/UDP; ' +
        'No probes: Kubernetes cannot tell when it is ready or stuck; No resource requests or limits; restartPolicy: Always',
    );
    expect(byId(graph, 'volume:config').ariaLabel).toBe('Volume config, configMap');
    expect(byId(graph, 'network').ariaLabel).toBe('Shared network namespace (localhost), 2 containers listen');
    expect(byId(graph, 'pod').ariaLabel).toBe('Deployment shop');
  });

  test('is deterministic', () => {
    expect(layoutPod(podOf(FULL_POD))).toEqual(graph);
  });

  test('adding a container at the end of a lane moves no other container or lane', () => {
    const after = layoutPod(podOf(FULL_POD_PLUS_ONE));
    // The column of localhost and the volumes, right of the lanes, moves right only when the widest lane grows.
    for (const n of graph.nodes.filter((n) => n.type === 'container' || n.type === 'lane')) {
      expect(byId(after, n.id).position, n.id).toEqual(n.position);
    }
    expect(byId(after, 'container:metrics').position.x).toBeGreaterThan(byId(after, 'container:worker').position.x);
  });

  test('leaves room to drop after the last container of the widest lane', () => {
    const after = layoutPod(podOf(FULL_POD_PLUS_ONE));
    const main = byId(after, 'lane:main');
    const last = byId(after, 'container:metrics');
    expect(main.position.x + main.width!).toBeGreaterThanOrEqual(last.position.x + last.width! + 40);
  });

  test('shows a volume that mounts name but the pod does not declare', () => {
    const g2 = layoutPod(
      podOf(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx
    volumeMounts:
    - {name: ghost, mountPath: /ghost}
`),
    );
    const ghost = volumes(g2).find((v) => v.data.name === 'ghost')!;
    expect(ghost.data.volume).toBeUndefined();
    expect(g2.edges.find((e) => e.type === 'mount')!.target).toBe(ghost.id);
  });

  test('gives repeated and empty volume names their own nodes', () => {
    const g2 = layoutPod(
      podOf(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx}]
  volumes:
  - {name: data, emptyDir: {}}
  - {name: data, emptyDir: {}}
  - {emptyDir: {}}
`),
    );
    expect(volumes(g2).map((v) => v.id)).toEqual(['volume:data', 'volume:#1', 'volume:#2']);
  });

  test('leaves ephemeral containers out', () => {
    const g2 = layoutPod(
      podOf(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx}]
  ephemeralContainers: [{name: debugger, image: busybox}]
`),
    );
    expect(containers(g2).map((c) => c.id)).toEqual(['container:app']);
  });
});

function g(graph: DiagramGraph, id: string) {
  return graph.nodes.find((n) => n.id === id)!;
}
