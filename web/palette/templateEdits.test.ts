import { describe, expect, test } from 'vitest';
import { parseManifest, projectPod, type PodView } from '@podsmith/manifest';
import { CONTAINER_TEMPLATES, VOLUME_TEMPLATES } from '@podsmith/patterns';
import { addContainerEdit, addVolumeEdit } from './templateEdits';

function podOf(text: string): PodView {
  const parsed = parseManifest(text);
  return projectPod(parsed, parsed.pods[0]!)!;
}

const pod = podOf(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: web
    image: nginx:1.27.3
  volumes:
  - name: config
    configMap: {name: c}
`);
const template = (id: string) => CONTAINER_TEMPLATES.find((t) => t.id === id)!;

describe('addContainerEdit', () => {
  test('adds a container without volumes as one addContainer, at the index given', () => {
    expect(addContainerEdit(pod, template('web-app'), 'main', 0)).toEqual({
      kind: 'addContainer',
      pod: pod.ref,
      lane: 'main',
      index: 0,
      container: { name: 'web-2', image: 'nginx:1.27.3', ports: [{ name: 'http', containerPort: 80 }] },
    });
  });

  test('appends when no index is given', () => {
    expect(addContainerEdit(pod, template('wait-for-database'), 'init')).not.toHaveProperty('index');
  });

  test('adds the volumes the template mounts first, in one batch', () => {
    const edit = addContainerEdit(pod, template('log-collector'), 'sidecar', 0);
    expect(edit.kind).toBe('batch');
    if (edit.kind !== 'batch') return;
    expect(edit.edits.map((e) => e.kind)).toEqual(['addVolume', 'addContainer']);
    expect(edit.edits[0]).toEqual({ kind: 'addVolume', pod: pod.ref, volume: { name: 'app-logs', emptyDir: {} } });
    expect(edit.edits[1]).toMatchObject({ lane: 'sidecar', index: 0, container: { name: 'log-collector' } });
  });
});

describe('addVolumeEdit', () => {
  test('adds the volume under a free name', () => {
    const configMap = VOLUME_TEMPLATES.find((t) => t.id === 'config-map')!;
    expect(addVolumeEdit(pod, configMap)).toEqual({
      kind: 'addVolume',
      pod: pod.ref,
      volume: { name: 'config-2', configMap: { name: 'app-config' } },
    });
  });
});
