import { describe, expect, it } from 'vitest';
import { parseManifest, projectPod } from '@podsmith/manifest';
import * as lintPackage from '@podsmith/lint';
import type { Finding } from '@podsmith/lint';
import { findingSelection, findingsOfPod, findingTarget, lintState, podIndexOf } from './findings';

const TWO_PODS = `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
  - name: app
    image: nginx
    ports:
    - containerPort: 80
    volumeMounts:
    - name: missing
      mountPath: /data
  - name: twin
    image: nginx
    ports:
    - containerPort: 80
  volumes:
  - name: scratch
    emptyDir: {}
---
apiVersion: v1
kind: Pod
metadata:
  name: b
spec:
  containers:
  - name: app
    image: nginx
`;

const parsed = parseManifest(TWO_PODS);
const podA = projectPod(parsed, parsed.pods[0]!)!;
const podB = projectPod(parsed, parsed.pods[1]!)!;

function finding(over: Partial<Finding>): Finding {
  return {
    id: 'x',
    ruleId: 'some-rule',
    severity: 'warning',
    category: 'lifecycle',
    message: 'm',
    path: [],
    documentIndex: 0,
    pod: podA.ref,
    fixable: false,
    suggestions: [],
    ...over,
  };
}

describe('lintState', () => {
  it('lints every pod for the target version once the linter is there, and says "not yet" before', () => {
    expect(lintState(parsed, { k8sVersion: '1.36', linter: undefined }).lint).toBeUndefined();
    const state = lintState(parsed, { k8sVersion: '1.36', linter: lintPackage });
    expect(state.lint?.k8sVersion).toBe('1.36');
    expect(state.lint?.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['invalid-volume-mount', 'port-collision']));
  });

  it('keeps the same result while the parse and the setup are the same, and lints again when either changes', () => {
    const setup = { k8sVersion: '1.36', linter: lintPackage } as const;
    const first = lintState(parsed, setup);
    expect(first.linted).toBe(parsed);
    expect(lintState(parsed, { ...setup }, first).lint).toBe(first.lint);
    expect(lintState(parsed, { ...setup, k8sVersion: '1.28' }, first).lint).not.toBe(first.lint);
    const reparsed = parseManifest(`${TWO_PODS}# edited\n`);
    const again = lintState(reparsed, setup, first);
    expect(again.lint).not.toBe(first.lint);
    expect(again.linted).toBe(reparsed);
  });
});

describe('which pod a finding belongs to', () => {
  it('filters by pod and finds the pod index', () => {
    const mine = finding({ pod: podA.ref });
    const theirs = finding({ pod: podB.ref, documentIndex: 1 });
    expect(findingsOfPod([mine, theirs], podB.ref)).toEqual([theirs]);
    expect(podIndexOf(parsed, podB.ref)).toBe(1);
    expect(podIndexOf(parseManifest('kind: Pod\n'), podB.ref)).toBe(-1);
  });
});

describe('findingTarget', () => {
  it('a path into a container, its mount or its port names them; the port field too', () => {
    const mount = findingTarget(finding({ path: ['spec', 'containers', 0, 'volumeMounts', 0, 'name'], container: 'app' }), podA);
    expect(mount.container?.name).toBe('app');
    expect(mount.mount?.volume).toBe('missing');
    expect(mount.port).toBeUndefined();
    const port = findingTarget(finding({ path: ['spec', 'containers', 1, 'ports', 0] }), podA);
    expect(port.container?.name).toBe('twin');
    expect(port.port?.containerPort).toBe(80);
    expect(port.portField).toBeUndefined();
    expect(findingTarget(finding({ path: ['spec', 'containers', 1, 'ports', 0, 'hostPort'] }), podA).portField).toBe('hostPort');
  });

  it('a finding in another document names its container; a volume path its volume; the rest is the pod', () => {
    expect(findingTarget(finding({ documentIndex: 1, path: ['spec', 'ports', 0], container: 'twin' }), podA).container?.name).toBe('twin');
    expect(findingTarget(finding({ path: ['spec', 'volumes', 0, 'emptyDir'] }), podA).volume?.name).toBe('scratch');
    expect(findingTarget(finding({ path: ['spec', 'terminationGracePeriodSeconds'] }), podA)).toEqual({});
    // The same path in another document is not about this pod.
    expect(findingTarget(finding({ documentIndex: 1, path: ['spec', 'containers', 0] }), podA)).toEqual({});
  });
});

describe('findingSelection', () => {
  it('selects the container, the volume, or the pod', () => {
    expect(findingSelection(finding({ path: ['spec', 'containers', 0, 'image'] }), podA)).toEqual({ type: 'container', id: 'app' });
    expect(findingSelection(finding({ path: ['spec', 'volumes', 0] }), podA)).toEqual({ type: 'volume', name: 'scratch' });
    expect(findingSelection(finding({ path: ['metadata', 'annotations'] }), podA)).toEqual({ type: 'pod' });
  });
});
