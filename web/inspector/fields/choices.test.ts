/**
 * The fields that change more than one key: a probe's or hook's handler, an env var's
 * source, a volume's type and name; clearing that empties a map; rows added and removed.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit, valueAt } from '@podsmith/manifest';
import { addRowEdit, removeRowEdit } from './edit';
import type { RowList } from './model';
import { EVERY_FIELD_YAML } from './testManifest';
import { applied, podOf, sectionsOf, specOf, without } from './testFields';

const pod = podOf(EVERY_FIELD_YAML);
const app = ['spec', 'containers', 0];

function write(yaml: string, target: string, label: string, text: string): string {
  const p = podOf(yaml);
  return applied(yaml, p, specOf(p, target, label), text);
}

describe('handlers', () => {
  it('reads the handler a probe has', () => {
    expect(specOf(pod, 'c:app', 'livenessProbe handler').read(pod.workload.object)).toBe('httpGet');
    expect(specOf(pod, 'c:app', 'readinessProbe handler').read(pod.workload.object)).toBe('tcpSocket');
    expect(specOf(pod, 'c:app', 'lifecycle.preStop handler').read(pod.workload.object)).toBe('sleep');
  });

  it('switches a probe to exec: the new handler replaces the old one, the timings stay', () => {
    const text = write(EVERY_FIELD_YAML, 'c:app', 'livenessProbe handler', 'exec');
    const probe = valueAt(podOf(text).workload.object, [...app, 'livenessProbe']);
    expect(probe).toEqual({ exec: { command: ['true'] }, initialDelaySeconds: 5, periodSeconds: 10, timeoutSeconds: 2, successThreshold: 1, failureThreshold: 3 });
    expect(text).toContain('periodSeconds: 10 # every ten seconds');
  });

  it('adds a probe where there is none, on the container’s first port', () => {
    const bare = EVERY_FIELD_YAML.replace(/ {4}livenessProbe:\n(?: {6}.*\n)+/, '');
    const text = write(bare, 'c:app', 'livenessProbe handler', 'httpGet');
    expect(valueAt(podOf(text).workload.object, [...app, 'livenessProbe'])).toEqual({ httpGet: { path: '/healthz', port: 'http' } });
    expect(without(podOf(text).workload.object, [...app, 'livenessProbe'])).toEqual(podOf(bare).workload.object);
  });

  it('none removes the probe, and a hook with the lifecycle it empties', () => {
    const noProbe = write(EVERY_FIELD_YAML, 'c:app', 'startupProbe handler', '');
    expect(podOf(noProbe).workload.object).toEqual(without(pod.workload.object, [...app, 'startupProbe']));
    const noPreStop = write(EVERY_FIELD_YAML, 'c:app', 'lifecycle.preStop handler', '');
    expect(podOf(noPreStop).workload.object).toEqual(without(pod.workload.object, [...app, 'lifecycle', 'preStop']));
    const noHooks = write(noPreStop, 'c:app', 'lifecycle.postStart handler', '');
    expect(podOf(noHooks).workload.object).toEqual(without(podOf(noPreStop).workload.object, [...app, 'lifecycle']));
  });

  it('sets a preStop sleep that shows its seconds field', () => {
    const text = write(EVERY_FIELD_YAML, 'c:app', 'lifecycle.postStart handler', 'sleep');
    expect(valueAt(podOf(text).workload.object, [...app, 'lifecycle', 'postStart'])).toEqual({ sleep: { seconds: 5 } });
    expect(specOf(podOf(text), 'c:app', 'lifecycle.postStart.sleep.seconds').read(podOf(text).workload.object)).toBe('5');
  });
});

describe('env sources', () => {
  it('turns a ConfigMap reference into a plain value, removing the emptied valueFrom', () => {
    const text = write(EVERY_FIELD_YAML, 'c:app', 'env[1] source', 'value');
    expect(valueAt(podOf(text).workload.object, [...app, 'env', 1])).toEqual({ name: 'DB_HOST', value: '' });
  });

  it('turns a value into a Secret reference named after the variable', () => {
    const text = write(EVERY_FIELD_YAML, 'c:app', 'env[0] source', 'secretKeyRef');
    expect(valueAt(podOf(text).workload.object, [...app, 'env', 0])).toEqual({ name: 'MODE', valueFrom: { secretKeyRef: { name: 'secret', key: 'MODE' } } });
  });
});

describe('volumes', () => {
  it('a new type replaces the source', () => {
    const text = write(EVERY_FIELD_YAML, 'v:cache', 'type', 'persistentVolumeClaim');
    expect(valueAt(podOf(text).workload.object, ['spec', 'volumes', 0])).toEqual({ name: 'cache', persistentVolumeClaim: { claimName: 'cache' } });
  });

  it('renaming renames its mounts in the same edit', () => {
    const text = write(EVERY_FIELD_YAML, 'v:cache', 'name', 'scratch');
    expect(text).toBe(EVERY_FIELD_YAML.replaceAll('- name: cache', '- name: scratch'));
  });

  it('clearing an emptyDir’s last field leaves `emptyDir: {}`', () => {
    const once = write(EVERY_FIELD_YAML, 'v:cache', 'emptyDir.medium', '');
    const twice = write(once, 'v:cache', 'emptyDir.sizeLimit', '');
    expect(valueAt(podOf(twice).workload.object, ['spec', 'volumes', 0])).toEqual({ name: 'cache', emptyDir: {} });
  });
});

describe('clearing the last key of a map', () => {
  it('removes the maps it empties, up to the container', () => {
    let text = EVERY_FIELD_YAML;
    for (const label of ['resources.limits.cpu', 'resources.limits.memory']) text = write(text, 'c:app', label, '');
    expect(valueAt(podOf(text).workload.object, [...app, 'resources'])).toEqual({ requests: { cpu: '250m', memory: '256Mi' } });
    for (const label of ['resources.requests.cpu', 'resources.requests.memory']) text = write(text, 'c:app', label, '');
    expect(podOf(text).workload.object).toEqual(without(pod.workload.object, [...app, 'resources']));
  });

  it('creates the maps a new value needs', () => {
    const bare = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a # the app\n    image: b\n';
    const text = write(bare, 'c:a', 'resources.limits.memory', '512Mi');
    expect(text).toBe(`${bare}    resources:\n      limits:\n        memory: 512Mi\n`);
  });
});

describe('maps written key by key', () => {
  it('adds and removes labels, keeping the comment beside the one that stays', () => {
    const text = write(EVERY_FIELD_YAML, 'pod', 'labels (key=value per line)', 'app=shop\nversion=2');
    expect(valueAt(podOf(text).workload.object, ['metadata', 'labels'])).toEqual({ app: 'shop', version: '2' });
    expect(text).toContain('app: shop # selected by the Service');
  });

  it('refuses a line without = and a key given twice', () => {
    const labels = specOf(pod, 'pod', 'labels (key=value per line)');
    const ctx = { pod, object: pod.workload.object, atLeast: () => true };
    expect(labels.validate?.('app', ctx)).toBe('metadata.labels: Invalid value: "app": must be key=value');
    expect(labels.validate?.('a=1\na=2', ctx)).toBe('metadata.labels[a]: Duplicate value: "a"');
  });
});

describe('rows', () => {
  const envList = (p = pod): RowList => {
    const list = sectionsOf(p, 'c:app').flatMap((s) => s.lists ?? []).find((l) => l.noun === 'env var');
    if (!list) throw new Error('no env rows');
    return list;
  };

  it('adds an env var at the end, and removes one', () => {
    const added = applyEdit(EVERY_FIELD_YAML, addRowEdit(pod, envList()));
    if (!added.ok) throw new Error(added.error);
    expect(valueAt(podOf(added.text).workload.object, [...app, 'env', 5])).toEqual({ name: 'NAME', value: '' });
    const removed = applyEdit(EVERY_FIELD_YAML, removeRowEdit(pod, envList(), 0));
    if (!removed.ok) throw new Error(removed.error);
    expect(podOf(removed.text).workload.object).toEqual(without(pod.workload.object, [...app, 'env', 0]));
  });

  it('starts the list when there is none', () => {
    const bare = podOf('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a\n    image: b\n');
    const list = sectionsOf(bare, 'pod').flatMap((s) => s.lists ?? []).find((l) => l.noun === 'toleration');
    if (!list) throw new Error('no toleration rows');
    const result = applyEdit('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a\n    image: b\n', addRowEdit(bare, list));
    expect(result.ok && valueAt(podOf(result.text).workload.object, ['spec', 'tolerations'])).toEqual([{ key: 'example.com/dedicated', operator: 'Exists', effect: 'NoSchedule' }]);
  });
});

describe('in a workload', () => {
  it('writes the template’s pod spec and labels, and the object’s name', () => {
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: app\n        image: nginx\n';
    let text = write(deployment, 'c:app', 'resources.requests.cpu', '100m');
    text = write(text, 'pod', 'pod template labels (key=value per line)', 'app=web\ntier=front');
    text = write(text, 'pod', 'metadata.name', 'shop');
    const object = podOf(text).workload.object;
    expect(valueAt(object, ['spec', 'template', 'spec', 'containers', 0, 'resources'])).toEqual({ requests: { cpu: '100m' } });
    expect(valueAt(object, ['spec', 'template', 'metadata', 'labels'])).toEqual({ app: 'web', tier: 'front' });
    expect(valueAt(object, ['metadata', 'name'])).toBe('shop');
  });
});
