import { describe, expect, test } from 'vitest';
import { envReferences } from './references';
import { claimTemplates } from './claims';
import { layoutPod } from './layout';
import type { ReferenceNode, VolumeNode } from './graph';
import { podOf } from './testPods';

const pod = podOf(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx
    env:
    - name: A
      valueFrom: {secretKeyRef: {name: creds, key: a}}
    - name: B
      valueFrom: {configMapKeyRef: {name: settings, key: b}}
    - name: C
      valueFrom: {secretKeyRef: {name: creds, key: c}}
    - name: D
      valueFrom: {fieldRef: {fieldPath: metadata.name}}
    - {name: E, value: plain}
  - name: worker
    image: busybox
    envFrom:
    - secretRef: {name: creds}
    - configMapRef: {name: worker-settings}
    - prefix: X_
  - name: alone
    image: busybox
    env: "not a list"
`);

describe('envReferences', () => {
  test('each Secret and ConfigMap the env reads, once, with the containers that read it', () => {
    expect(envReferences(pod)).toEqual([
      { kind: 'secret', name: 'creds', containers: ['app', 'worker'] },
      { kind: 'configMap', name: 'settings', containers: ['app'] },
      { kind: 'configMap', name: 'worker-settings', containers: ['worker'] },
    ]);
  });

  test('are drawn outside the pod frame, with an edge to each container that reads them', () => {
    const graph = layoutPod(pod);
    const frame = graph.nodes.find((n) => n.id === 'pod')!;
    const refs = graph.nodes.filter((n): n is ReferenceNode => n.type === 'reference');
    expect(refs.map((n) => [n.ariaLabel, n.parentId])).toEqual([
      ['Secret creds, env of 2 containers', undefined],
      ['ConfigMap settings, env of 1 container', undefined],
      ['ConfigMap worker-settings, env of 1 container', undefined],
    ]);
    for (const n of refs) expect(n.position.y).toBeGreaterThan(frame.position.y + frame.height!);
    expect(graph.edges.filter((e) => e.className === 'reference-edge').map((e) => [e.source, e.target])).toEqual([
      ['reference:secret:creds', 'container:app'],
      ['reference:secret:creds', 'container:worker'],
      ['reference:configMap:settings', 'container:app'],
      ['reference:configMap:worker-settings', 'container:worker'],
    ]);
  });
});

const stateful = (volumes = '') =>
  podOf(`apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  template:
    spec:
      containers:
      - name: postgres
        image: postgres:16.4
        volumeMounts:
        - {name: data, mountPath: /var/lib/postgresql/data}
        - {name: ghost, mountPath: /ghost}
${volumes}  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {resources: {requests: {storage: 10Gi}}}
  - metadata: {}
`);

describe('a StatefulSet’s volumeClaimTemplates', () => {
  test('are its claims: a mount of one is not a missing volume; a name nothing declares still is', () => {
    expect(claimTemplates(stateful())).toEqual([{ name: 'data', storage: '10Gi' }]);
    const volumes = layoutPod(stateful()).nodes.filter((n): n is VolumeNode => n.type === 'volume');
    expect(volumes.map((v) => [v.id, v.ariaLabel, v.data.mounts.map((m) => m.label)])).toEqual([
      ['volume:data', 'Volume data, claim template · 10Gi', ['/var/lib/postgresql/data']],
      ['volume:ghost', "Volume ghost, mounted but not declared in the pod's volumes", ['/ghost']],
    ]);
  });

  test('a pod volume of the same name is the one mounted, drawn once', () => {
    const volumes = layoutPod(stateful('      volumes:\n      - {name: data, emptyDir: {}}\n')).nodes.filter((n): n is VolumeNode => n.type === 'volume');
    expect(volumes.map((v) => [v.id, v.data.volume?.type, v.data.claim])).toEqual([
      ['volume:data', 'emptyDir', undefined],
      ['volume:ghost', undefined, undefined],
    ]);
  });

  test('only a StatefulSet has them', () => {
    expect(claimTemplates(podOf('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: b}]\n'))).toEqual([]);
  });
});
