import { describe, expect, test } from 'vitest';
import { chipsText, containerChips } from './chips';
import { podOf } from './testPods';

const pod = podOf(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: wait
    image: busybox
  - name: proxy
    image: envoy
    restartPolicy: Always
    startupProbe: {tcpSocket: {port: 9901}}
    livenessProbe: {tcpSocket: {port: 9901}}
    resources: {limits: {memory: 64Mi}}
  containers:
  - name: app
    image: nginx
    readinessProbe: {httpGet: {path: /, port: 80}}
    lifecycle: {postStart: {exec: {command: [touch, /ready]}}, preStop: {sleep: {seconds: 5}}}
    resources: {requests: {cpu: 100m}, limits: {memory: 128Mi}}
    securityContext: {privileged: true, runAsUser: 0, allowPrivilegeEscalation: true, capabilities: {add: [NET_ADMIN]}}
  - name: bare
    image: busybox
    resources: {}
    securityContext: {runAsUser: 1000, privileged: false}
`);
const chips = (name: string) => containerChips(pod.containers.find((c) => c.name === name)!);

describe('containerChips', () => {
  test('names the probes, the hooks, the resources set, the restart policy and each security warning, in words', () => {
    expect(chips('app').map((c) => [c.id, c.text, c.tone])).toEqual([
      ['probes', '♥ readiness', 'ok'],
      ['hooks', '↪ postStart, preStop', 'ok'],
      ['resources', '▣ resources', 'ok'],
      ['security', '⚠ privileged, runs as root, privilege escalation, adds NET_ADMIN', 'warning'],
    ]);
    expect(chips('proxy').map((c) => c.text)).toEqual(['♥ startup, liveness', '▣ limits only', '⟳ Always']);
  });

  test('says what is missing; an init container that runs to completion is not asked for probes', () => {
    expect(chips('bare').map((c) => [c.text, c.tone])).toEqual([
      ['♡ no probes', 'missing'],
      ['□ no resources', 'missing'],
    ]);
    expect(chips('wait').map((c) => c.text)).toEqual(['□ no resources']);
  });

  test('reads as a sentence for the accessible name', () => {
    expect(chipsText(chips('proxy'))).toBe('Probes: startup, liveness; Resources: limits set; restartPolicy: Always');
  });
});
