import type { K8sPodSpec } from '@podsmith/manifest';
import { describe, expect, it } from 'vitest';
import { applyDefaults } from '../src';

describe('applyDefaults', () => {
  it('fills the pod-level defaults the API server sets', () => {
    const d = applyDefaults({ containers: [{ name: 'a' }] });
    expect(d).toMatchObject({ restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', hostNetwork: false, shareProcessNamespace: false });
    expect(d.activeDeadlineSeconds).toBeUndefined();
  });

  it('keeps what is written, and treats a negative grace period as 1 (API warning)', () => {
    expect(applyDefaults({ restartPolicy: 'Never', terminationGracePeriodSeconds: 0 })).toMatchObject({ restartPolicy: 'Never', terminationGracePeriodSeconds: 0 });
    expect(applyDefaults({ terminationGracePeriodSeconds: -5 }).terminationGracePeriodSeconds).toBe(1);
  });

  it('defaults probe timings and httpGet path and scheme', () => {
    const [c] = applyDefaults({ containers: [{ name: 'a', readinessProbe: { httpGet: { port: 8080 } }, livenessProbe: { tcpSocket: { port: 'http' }, periodSeconds: 5 } }] }).containers;
    expect(c?.readinessProbe).toEqual({ httpGet: { port: 8080, host: undefined, path: '/', scheme: 'HTTP' }, initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3, terminationGracePeriodSeconds: undefined });
    expect(c?.livenessProbe).toMatchObject({ tcpSocket: { port: 'http' }, periodSeconds: 5, timeoutSeconds: 1 });
    expect(c?.startupProbe).toBeUndefined();
  });

  it('defaults ports to TCP, and hostPort to containerPort on the host network', () => {
    const spec: K8sPodSpec = { hostNetwork: true, containers: [{ name: 'a', ports: [{ containerPort: 53, protocol: 'UDP' }, { containerPort: 80, hostPort: 8080 }] }] };
    expect(applyDefaults(spec).containers[0]?.ports).toEqual([
      { name: undefined, containerPort: 53, hostPort: 53, hostIP: '', protocol: 'UDP' },
      { name: undefined, containerPort: 80, hostPort: 8080, hostIP: '', protocol: 'TCP' },
    ]);
    expect(applyDefaults({ containers: [{ name: 'a', ports: [{ containerPort: 80 }] }] }).containers[0]?.ports[0]?.hostPort).toBeUndefined();
  });

  it('pulls :latest and untagged images always, tagged and pinned ones if not present', () => {
    const pull = (image: string) => applyDefaults({ containers: [{ name: 'a', image }] }).containers[0]?.imagePullPolicy;
    expect([pull('nginx'), pull('nginx:latest'), pull('registry:5000/nginx'), pull('nginx:1.27'), pull('nginx@sha256:abc')]).toEqual(['Always', 'Always', 'Always', 'IfNotPresent', 'IfNotPresent']);
  });

  it('defaults requests to limits for each resource without a request', () => {
    const [c] = applyDefaults({ initContainers: [{ name: 'a', resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '100m' } } }] }).initContainers;
    expect(c?.resources).toEqual({ requests: { cpu: '100m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } });
  });

  it('makes a volume without a source an emptyDir, and defaults file modes and token lifetimes', () => {
    const volumes = applyDefaults({
      volumes: [
        { name: 'bare' },
        { name: 'cm', configMap: { name: 'c' } },
        { name: 'p', projected: { sources: [{ serviceAccountToken: { path: 't' } }] } },
        { name: 'two', emptyDir: {}, secret: { secretName: 's', defaultMode: 0o400 } },
      ],
    }).volumes;
    expect(volumes.map((v) => v.sources)).toEqual([['emptyDir'], ['configMap'], ['projected'], ['emptyDir', 'secret']]);
    expect(volumes[0]?.spec).toEqual({ name: 'bare', emptyDir: {} });
    expect(volumes[1]?.spec).toEqual({ name: 'cm', configMap: { name: 'c', defaultMode: 0o644 } });
    expect(volumes[2]?.spec).toEqual({ name: 'p', projected: { defaultMode: 0o644, sources: [{ serviceAccountToken: { path: 't', expirationSeconds: 3600 } }] } });
    expect(volumes[3]?.spec).toMatchObject({ secret: { defaultMode: 0o400 } });
  });

  it('reads fields of the wrong type as absent, and never touches its input', () => {
    const spec = { terminationGracePeriodSeconds: '30', containers: [{ name: 'a', readinessProbe: { exec: { command: ['true'] }, timeoutSeconds: 'soon' } }] } as unknown as K8sPodSpec;
    const frozen = structuredClone(spec);
    const d = applyDefaults(spec);
    expect(d.terminationGracePeriodSeconds).toBe(30);
    expect(d.containers[0]?.readinessProbe?.timeoutSeconds).toBe(1);
    expect(spec).toEqual(frozen);
  });
});
