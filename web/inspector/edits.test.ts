import { describe, expect, it } from 'vitest';
import { applyEdit, type Edit } from '@podsmith/manifest';
import {
  addMountEdit,
  addPortEdit,
  nextFreePort,
  portFieldEdit,
  readOnlyEdit,
  removeMountEdit,
  removePortEdit,
  subPathEdit,
  subPathKey,
} from './edits';
import { POD_YAML, containerOf, podFrom } from './testPod';

const pod = podFrom(POD_YAML);
const app = containerOf(pod, 'app');
const migrate = containerOf(pod, 'migrate');
const collector = containerOf(pod, 'log-collector');
const podRef = pod.ref;

function field(edit: Edit) {
  if (edit.kind !== 'setContainerField') throw new Error(`expected setContainerField, got ${edit.kind}`);
  return { container: edit.container, field: edit.field, value: edit.value };
}

describe('ports', () => {
  it('sets one cell, as a number for port numbers', () => {
    expect(field(portFieldEdit(pod, app, 1, 'containerPort', ' 9090 '))).toMatchObject({ field: ['ports', 1, 'containerPort'], value: 9090 });
    expect(field(portFieldEdit(pod, app, 0, 'protocol', 'UDP'))).toMatchObject({ field: ['ports', 0, 'protocol'], value: 'UDP' });
  });

  it('removes an optional cell left blank', () => {
    expect(field(portFieldEdit(pod, app, 0, 'name', ''))).toMatchObject({ field: ['ports', 0, 'name'], value: undefined });
    expect(field(portFieldEdit(pod, app, 0, 'hostPort', ''))).toMatchObject({ field: ['ports', 0, 'hostPort'], value: undefined });
  });

  it('adds a free port: appended to a list, or as a new list', () => {
    expect(nextFreePort(pod)).toBe(8081);
    expect(field(addPortEdit(pod, app))).toEqual({ container: app.ref, field: ['ports', 2], value: { containerPort: 8081 } });
    expect(field(addPortEdit(pod, migrate))).toEqual({ container: migrate.ref, field: ['ports'], value: [{ containerPort: 8081 }] });
  });

  it('removes a row', () => {
    expect(field(removePortEdit(pod, app, 1))).toMatchObject({ field: ['ports', 1], value: undefined });
  });
});

describe('mounts', () => {
  const [logs, config] = app.mounts;
  if (!logs || !config) throw new Error('fixture changed');

  it('edits subPathExpr where the mount uses it', () => {
    expect(subPathKey(app, 0)).toBe('subPath');
    expect(subPathKey(app, 1)).toBe('subPathExpr');
    expect(field(subPathEdit(pod, app, config, 'x'))).toMatchObject({ field: ['volumeMounts', 1, 'subPathExpr'], value: 'x' });
    expect(field(subPathEdit(pod, app, logs, ''))).toMatchObject({ field: ['volumeMounts', 0, 'subPath'], value: undefined });
  });

  it('writes readOnly: true, and removes it rather than writing false', () => {
    expect(field(readOnlyEdit(pod, app, logs, true))).toMatchObject({ field: ['volumeMounts', 0, 'readOnly'], value: true });
    expect(field(readOnlyEdit(pod, app, logs, false))).toMatchObject({ value: undefined });
  });

  it('adds a mount of a volume the container does not mount yet', () => {
    expect(addMountEdit(pod, collector)).toEqual({
      kind: 'mountVolume',
      pod: podRef,
      container: collector.ref,
      mount: { name: 'config', mountPath: '/mnt/config' },
    });
  });

  it('mounts the first volume again at a fresh path when all are mounted', () => {
    const mounted = podFrom(POD_YAML.replace('mountPath: /var/log/nginx', 'mountPath: /mnt/logs'));
    const edit = addMountEdit(mounted, containerOf(mounted, 'app'));
    expect(edit).toMatchObject({ mount: { name: 'logs', mountPath: '/mnt/logs-2' } });
  });

  it('offers nothing when the pod has no volume', () => {
    const bare = podFrom('kind: Pod\napiVersion: v1\nspec:\n  containers:\n  - name: a\n    image: b\n');
    expect(addMountEdit(bare, containerOf(bare, 'a'))).toBeUndefined();
  });

  it('removes a mount by index', () => {
    expect(removeMountEdit(pod, app, config)).toEqual({ kind: 'unmountVolume', pod: podRef, container: app.ref, index: 1 });
  });
});

/* The edits mean what the forms intend once applyEdit turns them into text. */
describe('through applyEdit', () => {
  function applied(edit: Edit): string {
    const result = applyEdit(POD_YAML, edit);
    if (!result.ok) throw new Error(result.error);
    return result.text;
  }

  it('appends a port, or creates the list', () => {
    expect(podFrom(applied(addPortEdit(pod, app))).containers[2]!.ports.map((p) => p.containerPort)).toEqual([80, 8080, 8081]);
    expect(podFrom(applied(addPortEdit(pod, migrate))).containers[0]!.ports.map((p) => p.containerPort)).toEqual([8081]);
  });

  it('removes a port row, and `ports:` with the last one', () => {
    const oneLeft = applied(removePortEdit(pod, app, 1));
    expect(oneLeft).toBe(POD_YAML.replace('    - containerPort: 8080\n', ''));
    const single = podFrom(oneLeft);
    const none = applyEdit(oneLeft, removePortEdit(single, containerOf(single, 'app'), 0));
    expect(none).toMatchObject({ ok: true, text: oneLeft.replace('    ports:\n    - name: http\n      containerPort: 80\n', '') });
  });

  it('edits one port cell as a number', () => {
    expect(applied(portFieldEdit(pod, app, 0, 'containerPort', '8000'))).toBe(POD_YAML.replace('containerPort: 80\n', 'containerPort: 8000\n'));
  });

  it('unticks readOnly by removing it, and mounts with a fresh path', () => {
    expect(applied(readOnlyEdit(pod, collector, collector.mounts[0]!, false))).toBe(POD_YAML.replace('      readOnly: true\n', ''));
    const mounted = podFrom(applied(addMountEdit(pod, collector)!));
    expect(containerOf(mounted, 'log-collector').mounts.map((m) => `${m.volume}:${m.mountPath}`)).toEqual(['logs:/var/log/app', 'config:/mnt/config']);
  });
});
