import { describe, expect, test } from 'vitest';
import { applyEdit, parseManifest, projectPod, type PodView } from '@podsmith/manifest';
import { DEFAULT_K8S_VERSION, lintManifest } from '@podsmith/lint';
import exampleText from '../examples/log-collector.yaml?raw';
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
      container: { ...template('web-app').container, name: 'web-2' },
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

describe('every container template, dropped into the example pod in its own lane', () => {
  const example = podOf(exampleText);

  test('the example itself is lint-clean', () => {
    expect(lintManifest(parseManifest(exampleText)).findings).toEqual([]);
  });

  test.each(CONTAINER_TEMPLATES.map((t) => [t.id, t] as const))(`%s adds no finding at Kubernetes ${DEFAULT_K8S_VERSION}`, (_id, t) => {
    const result = applyEdit(exampleText, addContainerEdit(example, t, t.lane));
    if (!result.ok) throw new Error(result.error);
    const { findings, suppressed } = lintManifest(parseManifest(result.text), { k8sVersion: DEFAULT_K8S_VERSION });
    expect(findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`)).toEqual([]);
    // The example suppresses privileged-container for its nginx; the template must not need that.
    const own = new Set(example.containers.map((c) => c.name));
    expect(suppressed.filter((f) => !own.has(f.container ?? '')).map((f) => f.message)).toEqual([]);
  });
});
