import { describe, expect, test } from 'vitest';
import { parseManifest } from '@podsmith/manifest';
import { lintManifest, type Finding } from '@podsmith/lint';
import { layoutPod } from './layout';
import { decorateGraph } from './decorate';
import type { DiagramGraph, DiagramNode } from './graph';
import { podOf } from './testPods';

/** A collision on 8080 between a native sidecar and the app, a mount of an undeclared volume, a bad volume, a pod-level finding. */
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  terminationGracePeriodSeconds: 0
  initContainers:
  - name: wait
    image: busybox:1.37.0
    ports:
    - containerPort: 8080
  - name: proxy
    image: envoyproxy/envoy:v1.31.2
    restartPolicy: Always
    ports:
    - containerPort: 8080
  containers:
  - name: app
    image: nginx:1.27.3
    ports:
    - containerPort: 8080
    volumeMounts:
    - name: cache
      mountPath: /cache
    - name: data
      mountPath: /data
  - name: worker
    image: worker:1.0
    ports:
    - containerPort: 9090
  volumes:
  - name: data
    emptyDir: {}
`;

const pod = podOf(POD);
const graph = layoutPod(pod);
const findings = lintManifest(parseManifest(POD)).findings;
const decorated = decorateGraph(graph, pod, findings);

const node = (g: DiagramGraph, id: string) => g.nodes.find((n) => n.id === id)!;
const edge = (g: DiagramGraph, id: string) => g.edges.find((e) => e.id === id)!;
const findingsOf = (n: DiagramNode) => ('findings' in n.data ? n.data.findings : undefined);

function made(over: Partial<Finding>): Finding {
  return { id: 'f', ruleId: 'r', severity: 'info', category: 'volume', message: 'm', path: [], documentIndex: 0, pod: pod.ref, fixable: false, suggestions: [], ...over };
}

describe('decorateGraph', () => {
  test('the lint of the test pod has the findings these tests are about', () => {
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['port-collision', 'invalid-volume-mount', 'zero-grace-period']));
  });

  test('without findings the graph is returned as it is', () => {
    expect(decorateGraph(graph, pod, [])).toBe(graph);
  });

  test('a container node carries the worst severity and the count of the findings about it', () => {
    const app = findings.filter((f) => f.container === 'app');
    expect(findingsOf(node(decorated, 'container:app'))).toEqual({ severity: 'error', count: app.length });
  });

  test('the pod frame carries the pod-level findings; a volume node those under its volumes[i]', () => {
    expect(findingsOf(node(decorated, 'pod'))?.count).toBe(findings.filter((f) => f.container === undefined).length);
    const volumeFinding = made({ path: ['spec', 'volumes', 0, 'emptyDir'], severity: 'warning' });
    expect(findingsOf(node(decorateGraph(graph, pod, [volumeFinding]), 'volume:data'))).toEqual({ severity: 'warning', count: 1 });
  });

  test('nodes and edges without findings keep their objects', () => {
    expect(node(decorated, 'lane:main')).toBe(node(graph, 'lane:main'));
    expect(node(decorated, 'network')).toBe(node(graph, 'network'));
    expect(node(decorated, 'volume:data')).toBe(node(graph, 'volume:data'));
    expect(edge(decorated, 'mount:app:1')).toBe(edge(graph, 'mount:app:1'));
    expect(edge(decorated, 'net:worker')).toBe(edge(graph, 'net:worker'));
  });

  test('the mount of a volume that does not exist: its edge names the rule, in its label data and its accessible name', () => {
    const mount = edge(decorated, 'mount:app:0');
    expect(mount.data).toMatchObject({ findings: { severity: 'error', count: 1, rules: ['invalid-volume-mount'] } });
    expect(mount.ariaLabel).toBe('app mounts cache at /cache; error: invalid-volume-mount');
  });

  test('a port collision marks the localhost edges of both containers, but not of the init container that has exited', () => {
    for (const id of ['net:proxy', 'net:app']) {
      const net = edge(decorated, id);
      expect(net.className).toContain('network-edge--finding');
      expect(net.label).toBe('✖ 8080/TCP');
      expect(net.ariaLabel).toMatch(/; error: port-collision$/);
    }
    expect(edge(decorated, 'net:wait')).toBe(edge(graph, 'net:wait'));
  });

  test('a finding about another field of a port marks only its own edge', () => {
    const named = made({ path: ['spec', 'containers', 0, 'ports', 0, 'name'], container: 'app' });
    const one = decorateGraph(graph, pod, [named]);
    expect(edge(one, 'net:app').className).toContain('network-edge--finding');
    expect(edge(one, 'net:proxy')).toBe(edge(graph, 'net:proxy'));
  });

  test('a finding about a container that is not drawn goes on the pod frame', () => {
    const ghost = made({ container: 'ghost', path: ['spec', 'ephemeralContainers', 0] });
    expect(findingsOf(node(decorateGraph(graph, pod, [ghost]), 'pod'))).toEqual({ severity: 'info', count: 1 });
  });
});
