import { describe, expect, it } from 'vitest';
import type { Edit } from '@podsmith/manifest';
import {
  addMountEdit,
  addPortEdit,
  gracePeriodEdit,
  hasMultilineItem,
  linesToList,
  listFieldEdit,
  listToLines,
  nextFreePort,
  portFieldEdit,
  readOnlyEdit,
  removeMountEdit,
  removePortEdit,
  renameVolumeEdit,
  restartPolicyEdit,
  setContainerField,
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

describe('setContainerField', () => {
  it('names the pod, the container by list and index, and the field', () => {
    expect(setContainerField(pod, app, ['image'], 'nginx:1.28')).toEqual({
      kind: 'setContainerField',
      pod: podRef,
      container: { list: 'containers', index: 0 },
      field: ['image'],
      value: 'nginx:1.28',
    });
  });
});

describe('command and args', () => {
  it('round-trips one item per line', () => {
    expect(listToLines(app.args)).toBe('-g\ndaemon off;');
    expect(linesToList('-g\ndaemon off;')).toEqual(['-g', 'daemon off;']);
  });

  it('drops trailing blank lines, keeps inner ones, reads CRLF', () => {
    expect(linesToList('a\r\n\r\nb\n\n')).toEqual(['a', '', 'b']);
  });

  it('removes the field when the text is blank', () => {
    expect(field(listFieldEdit(pod, app, 'args', '\n'))).toMatchObject({ field: ['args'], value: undefined });
    expect(field(listFieldEdit(pod, app, 'command', 'sh\n-c'))).toMatchObject({ field: ['command'], value: ['sh', '-c'] });
  });

  it('spots items that span lines', () => {
    expect(hasMultilineItem(['-c', 'echo a\necho b'])).toBe(true);
    expect(hasMultilineItem(['-c', 'echo a'])).toBe(false);
  });
});

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

describe('renameVolumeEdit', () => {
  it('renames the volume and every mount of it, as one batch', () => {
    const logs = pod.volumes[0]!;
    expect(renameVolumeEdit(pod, logs, 'app-logs')).toEqual({
      kind: 'batch',
      edits: [
        { kind: 'setVolumeField', pod: podRef, volume: 0, field: ['name'], value: 'app-logs' },
        setContainerField(pod, collector, ['volumeMounts', 0, 'name'], 'app-logs'),
        setContainerField(pod, app, ['volumeMounts', 0, 'name'], 'app-logs'),
      ],
    });
  });

  it('is a single edit when nothing mounts the volume', () => {
    const unused = podFrom('kind: Pod\napiVersion: v1\nspec:\n  containers: [{name: a, image: b}]\n  volumes: [{name: x, emptyDir: {}}]\n');
    expect(renameVolumeEdit(unused, unused.volumes[0]!, 'y')).toEqual({
      kind: 'setVolumeField', pod: unused.ref, volume: 0, field: ['name'], value: 'y',
    });
  });
});

describe('pod fields', () => {
  it('sets the grace period as a number, or removes it when blank', () => {
    expect(gracePeriodEdit(pod, ' 45 ')).toEqual({ kind: 'setPodField', pod: podRef, field: ['terminationGracePeriodSeconds'], value: 45 });
    expect(gracePeriodEdit(pod, '')).toMatchObject({ value: undefined });
  });

  it('sets the restart policy, or removes it for "not set"', () => {
    expect(restartPolicyEdit(pod, 'Never')).toMatchObject({ field: ['restartPolicy'], value: 'Never' });
    expect(restartPolicyEdit(pod, '')).toMatchObject({ value: undefined });
  });
});
