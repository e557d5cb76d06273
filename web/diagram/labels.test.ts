import { describe, expect, test } from 'vitest';
import { containerAriaLabel, mountLabel, ordinal, podTitle, portsLabel } from './labels';
import { FULL_POD, podOf } from './testPods';

const pod = podOf(FULL_POD);
const container = (name: string) => pod.containers.find((c) => c.name === name)!;

describe('labels', () => {
  test('ports read as number/protocol', () => {
    expect(portsLabel(container('proxy').ports)).toBe('10000/TCP, 9901/UDP');
  });

  test('a mount says read-only and subPath in words', () => {
    expect(mountLabel(container('migrate').mounts[0]!)).toBe('/etc/migrate · read-only · subPath: migrate.conf');
    expect(mountLabel(container('app').mounts[0]!)).toBe('/var/log/app');
  });

  test('ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '103rd']);
  });

  test('a container is announced with its lane, image, start order and ports', () => {
    expect(containerAriaLabel(container('proxy'))).toBe(
      'Native sidecar proxy, image envoyproxy/envoy:v1.31.2, starts 2nd, listens on 10000/TCP, 9901/UDP',
    );
    expect(containerAriaLabel(container('worker'))).toBe('Container worker, image worker:2.0');
    expect(podTitle(pod)).toBe('Deployment shop');
  });
});
