import { describe, expect, it } from 'vitest';
import { applyEdit, type Edit } from '@podsmith/manifest';
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

/* The edits mean what the forms intend once applyEdit turns them into text. */
describe('through applyEdit', () => {
  function applied(edit: Edit): string {
    const result = applyEdit(POD_YAML, edit);
    if (!result.ok) throw new Error(result.error);
    return result.text;
  }

  it('changes only the image line', () => {
    const text = applied(setContainerField(pod, app, ['image'], 'nginx:1.28'));
    expect(text).toBe(POD_YAML.replace('image: nginx:1.27', 'image: nginx:1.28'));
  });

  it('renames a volume and its mounts, and nothing else', () => {
    const text = applied(renameVolumeEdit(pod, pod.volumes[0]!, 'app-logs'));
    expect(text).toBe(POD_YAML.replaceAll('- name: logs', '- name: app-logs'));
    expect(podFrom(text).containers.flatMap((c) => c.mounts.map((m) => m.volume))).toEqual(['app-logs', 'app-logs', 'config']);
  });

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

  it('sets pod fields', () => {
    expect(podFrom(applied(gracePeriodEdit(pod, '5'))).spec.terminationGracePeriodSeconds).toBe(5);
    expect(podFrom(applied(restartPolicyEdit(pod, 'Never'))).spec.restartPolicy).toBe('Never');
  });

  it('replaces args, one item per line', () => {
    expect(containerOf(podFrom(applied(listFieldEdit(pod, app, 'args', '-c\nnginx.conf'))), 'app').args).toEqual(['-c', 'nginx.conf']);
    expect(applied(listFieldEdit(pod, app, 'args', ''))).toBe(POD_YAML.replace('    args: ["-g", "daemon off;"]\n', ''));
  });
});
