import { describe, expect, it } from 'vitest';
import { containerAt, elementAt, isUnder, parseManifest, projectPod } from '../src';

const TEXT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
      - name: log
        image: fluent-bit
        restartPolicy: Always
      containers:
      - name: app
        image: nginx
        ports:
        - name: http
          containerPort: 80
          hostPort: 8080
        volumeMounts:
        - name: logs
          mountPath: /var/log
      volumes:
      - name: logs
        emptyDir: {}
`;
const parsed = parseManifest(TEXT);
const pod = projectPod(parsed, parsed.pods[0]!)!;
const spec = ['spec', 'template', 'spec'];

describe('isUnder', () => {
  it('is true for the path itself and what goes on from it, only', () => {
    expect(isUnder(['a', 0, 'b'], ['a', 0])).toBe(true);
    expect(isUnder(['a', 0], ['a', 0])).toBe(true);
    expect(isUnder(['a'], ['a', 0])).toBe(false);
    expect(isUnder(['a', 1], ['a', 0])).toBe(false);
    expect(isUnder(['a', '0'], ['a', 0])).toBe(false);
    expect(isUnder([], [])).toBe(true);
  });
});

describe('elementAt: from a YAML path to what it is about', () => {
  it('finds the container, in either list, and the field does not matter', () => {
    expect(elementAt(pod, [...spec, 'containers', 0, 'image']).container?.name).toBe('app');
    expect(elementAt(pod, [...spec, 'initContainers', 0]).container?.name).toBe('log');
    expect(elementAt(pod, [...spec, 'containers', 0, 'image']).mount).toBeUndefined();
  });

  it('finds the mount and the port of the container, and the port field', () => {
    const mount = elementAt(pod, [...spec, 'containers', 0, 'volumeMounts', 0, 'mountPath']);
    expect([mount.container?.name, mount.mount?.volume, mount.port]).toEqual(['app', 'logs', undefined]);
    const port = elementAt(pod, [...spec, 'containers', 0, 'ports', 0, 'hostPort']);
    expect([port.port?.name, port.portField]).toEqual(['http', 'hostPort']);
    expect(elementAt(pod, [...spec, 'containers', 0, 'ports', 0]).portField).toBeUndefined();
  });

  it('finds the volume; anything else of the pod (or outside it, or past the lists) is nothing', () => {
    expect(elementAt(pod, [...spec, 'volumes', 0, 'emptyDir']).volume?.name).toBe('logs');
    expect(elementAt(pod, [...spec, 'terminationGracePeriodSeconds'])).toEqual({});
    expect(elementAt(pod, ['metadata', 'name'])).toEqual({});
    expect(elementAt(pod, [...spec, 'containers', 5])).toEqual({});
    expect(elementAt(pod, [...spec, 'containers'])).toEqual({});
  });

  it('containerAt is its container', () => {
    expect(containerAt(pod, [...spec, 'containers', 0, 'ports', 0])?.name).toBe('app');
    expect(containerAt(pod, [...spec, 'volumes', 0])).toBeUndefined();
  });
});
