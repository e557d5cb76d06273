import { describe, expect, test } from 'vitest';
import { parseManifest, projectPod, type PodView } from '@podsmith/manifest';
import { CONTAINER_TEMPLATES, VOLUME_TEMPLATES, instantiateContainer, instantiateVolume, type ContainerTemplate, type VolumeTemplate } from '../src';

function podOf(text: string): PodView {
  const parsed = parseManifest(text);
  const pod = projectPod(parsed, parsed.pods[0]!);
  if (!pod) throw new Error('no pod');
  return pod;
}

function containerTemplate(id: string): ContainerTemplate {
  return CONTAINER_TEMPLATES.find((t) => t.id === id)!;
}

function volumeTemplate(id: string): VolumeTemplate {
  return VOLUME_TEMPLATES.find((t) => t.id === id)!;
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  initContainers:
  - name: log-collector
    image: busybox
  containers:
  - name: web
    image: nginx
  volumes:
  - name: app-logs
    emptyDir: {}
  - name: scratch
    emptyDir: {}
`;

describe('instantiateContainer', () => {
  test('keeps the template name when it is free', () => {
    const { container } = instantiateContainer(containerTemplate('blank'), podOf(POD));
    expect(container.name).toBe('app');
    expect(container.image).toBe('busybox:1.37.0');
  });

  test('renames against every container of the pod, init containers included', () => {
    expect(instantiateContainer(containerTemplate('web-app'), podOf(POD)).container.name).toBe('web-2');
    expect(instantiateContainer(containerTemplate('log-collector'), podOf(POD)).container.name).toBe('log-collector-2');
  });

  test('shares a volume the pod already has, and adds only the missing ones', () => {
    const collector = instantiateContainer(containerTemplate('log-collector'), podOf(POD));
    expect(collector.volumes).toEqual([]);
    expect(collector.container.volumeMounts).toEqual([{ name: 'app-logs', mountPath: '/var/log/app', readOnly: true }]);

    const vault = instantiateContainer(containerTemplate('vault-agent'), podOf(POD));
    expect(vault.volumes.map((v) => v.name)).toEqual(['vault-config', 'vault-secrets']);
  });

  test('renames port names another container already uses, and keeps free ones', () => {
    const withHttp = podOf(POD.replace('    image: nginx\n', '    image: nginx\n    ports:\n    - {name: http, containerPort: 80}\n    - {name: admin, containerPort: 81}\n'));
    expect(instantiateContainer(containerTemplate('web-app'), withHttp).container.ports).toEqual([{ name: 'http-2', containerPort: 8080 }]);
    expect(instantiateContainer(containerTemplate('envoy-proxy'), withHttp).container.ports).toEqual([
      { name: 'proxy', containerPort: 10000 },
      { name: 'admin-2', containerPort: 9901 },
    ]);
    expect(instantiateContainer(containerTemplate('web-app'), podOf(POD)).container.ports).toEqual([{ name: 'http', containerPort: 8080 }]);
  });

  test('returns copies, never the catalogue itself', () => {
    const template = containerTemplate('envoy-proxy');
    const { container, volumes } = instantiateContainer(template, podOf(POD));
    expect(container.ports).toEqual(template.container.ports);
    expect(container.ports).not.toBe(template.container.ports);
    expect(volumes[0]).not.toBe(template.volumes[0]);
  });
});

describe('instantiateVolume', () => {
  test('keeps a free name and renames a taken one', () => {
    expect(instantiateVolume(volumeTemplate('config-map'), podOf(POD))).toEqual({ name: 'config', configMap: { name: 'app-config' } });
    expect(instantiateVolume(volumeTemplate('empty-dir'), podOf(POD)).name).toBe('scratch-2');
  });
});
