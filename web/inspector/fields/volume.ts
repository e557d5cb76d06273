/**
 * A volume's fields, as data: its name (a rename renames its mounts too), its type, and
 * the fields of the source it has. Changing the type replaces the source with a new one.
 */
import { valueAt, type PodView, type VolumeView, type YamlPath } from '@podsmith/manifest';
import { fieldPath } from '@podsmith/lint/paths';
import { volumeNameError } from '../validate';
import { dnsSubdomainError, requiredError } from './checks';
import { boolKind, FLAG, fieldsAt, quantityKind, selectKind, TEXT, textKind, type Choice } from './kinds';
import type { Change, FieldSpec, Section } from './model';

const HOST_PATH_TYPES = ['DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/** The volume types the form offers, each with the source a new volume of that type gets. */
function sourceChoices(name: string): Choice[] {
  const initial: Record<string, unknown> = {
    emptyDir: {},
    configMap: { name },
    secret: { secretName: name },
    persistentVolumeClaim: { claimName: name },
    hostPath: { path: `/var/lib/${name}`, type: 'DirectoryOrCreate' },
    projected: { sources: [{ configMap: { name } }] },
    downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] },
    csi: { driver: 'example.csi.k8s.io' },
    image: { reference: 'registry.example.com/data:1', pullPolicy: 'IfNotPresent' },
  };
  return Object.entries(initial).map(([key, value]) => ({ value: key, path: [key], initial: value }));
}

/** Renaming a volume renames every mount of it in the same step, so no mount is left dangling. */
function renameChanges(pod: PodView, volume: VolumeView, path: YamlPath, text: string): Change[] {
  const mounts = pod.containers.flatMap((c) =>
    c.mounts.filter((m) => m.volume === volume.name).map((m) => ({ path: [...m.path.slice(pod.workload.path.length), 'name'], value: text })),
  );
  return [{ path, value: text }, ...mounts];
}

/** The fields of the source the volume has. */
function sourceFields(pod: PodView, base: YamlPath, type: string): FieldSpec[] {
  const at = fieldsAt(base, [...base, type]);
  const api = (...keys: string[]) => fieldPath([...base, type, ...keys]);
  const object = pod.workload.object;
  switch (type) {
    case 'emptyDir':
      return [
        at.value(['emptyDir', 'medium'], selectKind(['Memory'], 'not set (the node’s disk)'), { help: 'EmptyDirVolumeSource.medium' }),
        at.value(['emptyDir', 'sizeLimit'], quantityKind(true), { help: 'EmptyDirVolumeSource.sizeLimit' }),
      ];
    case 'configMap':
      return [
        at.value(['configMap', 'name'], TEXT, { help: 'ConfigMapVolumeSource.name', validate: (t) => dnsSubdomainError(t, api('name')) }),
        at.value(['configMap', 'optional'], boolKind('not set (false)'), { help: 'ConfigMapVolumeSource.optional' }),
      ];
    case 'secret':
      return [
        at.value(['secret', 'secretName'], TEXT, { help: 'SecretVolumeSource.secretName', validate: (t) => dnsSubdomainError(t, api('secretName')) }),
        at.value(['secret', 'optional'], boolKind('not set (false)'), { help: 'SecretVolumeSource.optional' }),
      ];
    case 'persistentVolumeClaim':
      return [
        at.value(['persistentVolumeClaim', 'claimName'], TEXT, { help: 'PersistentVolumeClaimVolumeSource.claimName', validate: (t) => dnsSubdomainError(t, api('claimName')) }),
        at.value(['persistentVolumeClaim', 'readOnly'], FLAG, { help: 'PersistentVolumeClaimVolumeSource.readOnly' }),
      ];
    case 'hostPath':
      return [
        at.value(['hostPath', 'path'], TEXT, { help: 'HostPathVolumeSource.path', validate: (t) => requiredError(t, api('path')) }),
        at.value(['hostPath', 'type'], selectKind(HOST_PATH_TYPES, 'not set (no check)'), { help: 'HostPathVolumeSource.type' }),
      ];
    case 'projected':
      return projectedFields(object, base, at);
    case 'downwardAPI': {
      const items = valueAt(object, [...base, 'downwardAPI', 'items']);
      return Array.from({ length: Array.isArray(items) ? items.length : 0 }, (_, i) => [
        at.value(['downwardAPI', 'items', i, 'path'], TEXT, { help: 'DownwardAPIVolumeFile.path', validate: (t) => requiredError(t, api('items', String(i), 'path')) }),
        at.value(['downwardAPI', 'items', i, 'fieldRef', 'fieldPath'], textKind('metadata.labels, metadata.annotations, ...'), { help: 'ObjectFieldSelector.fieldPath', validate: (t) => requiredError(t, api('items', String(i), 'fieldRef', 'fieldPath')) }),
      ]).flat();
    }
    case 'csi':
      return [
        at.value(['csi', 'driver'], TEXT, { help: 'CSIVolumeSource.driver', validate: (t) => requiredError(t, api('driver')) }),
        at.value(['csi', 'fsType'], TEXT, { help: 'CSIVolumeSource.fsType' }),
        at.value(['csi', 'readOnly'], FLAG, { help: 'CSIVolumeSource.readOnly' }),
        at.map(['csi', 'volumeAttributes'], { help: 'CSIVolumeSource.volumeAttributes' }),
      ];
    case 'image':
      return [
        at.value(['image', 'reference'], TEXT, { help: 'ImageVolumeSource.reference', validate: (t) => requiredError(t, api('reference')) }),
        at.value(['image', 'pullPolicy'], selectKind(PULL_POLICIES, 'not set (IfNotPresent, or Always for :latest)'), { help: 'ImageVolumeSource.pullPolicy' }),
      ];
    default:
      return [];
  }
}

/** A projected volume's sources: the name of each ConfigMap or Secret it projects. */
function projectedFields(object: unknown, base: YamlPath, at: ReturnType<typeof fieldsAt>): FieldSpec[] {
  const sources = valueAt(object, [...base, 'projected', 'sources']);
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((_, i) =>
    (['configMap', 'secret'] as const)
      .filter((kind) => valueAt(object, [...base, 'projected', 'sources', i, kind]) !== undefined)
      .map((kind) =>
        at.value(['projected', 'sources', i, kind, 'name'], TEXT, {
          help: kind === 'configMap' ? 'ConfigMapProjection.name' : 'SecretProjection.name',
          validate: (t) => dnsSubdomainError(t, fieldPath([...base, 'projected', 'sources', i, kind, 'name'])),
        }),
      ),
  );
}

export function volumeSections(pod: PodView, volume: VolumeView): Section[] {
  const base = volume.path.slice(pod.workload.path.length);
  const at = fieldsAt(base);
  const name: FieldSpec = {
    ...at.value(['name'], TEXT, { help: 'Volume.name', validate: (t) => volumeNameError(t, pod.volumes, volume.index) }),
    write: (text) => renameChanges(pod, volume, [...base, 'name'], text),
  };
  const type = at.choice([], sourceChoices(volume.name || 'data'), { help: `Volume.${volume.type || 'emptyDir'}`, label: 'type' });
  return [{ title: 'Volume', fields: [name, type, ...sourceFields(pod, base, volume.type)] }];
}
