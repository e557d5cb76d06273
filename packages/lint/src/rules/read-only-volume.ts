/**
 * read-only-volume: a volume that starts empty (an emptyDir, or a generic ephemeral
 * volume without a data source) that every container mounting it mounts read-only, so
 * nothing can ever write it. Volumes that are read-only by nature (configMap, secret,
 * projected, downwardAPI, image) and volumes filled from outside (a PersistentVolumeClaim,
 * hostPath, nfs, csi) are not reported.
 */
import type { ContainerView, VolumeView } from '@podsmith/manifest';
import { labels, recordOr } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'read-only-volume',
  category: 'volume',
  severity: 'info',
  docs: {
    summary: 'An emptyDir (or a generic ephemeral volume without a data source) is mounted read-only by every container that mounts it: nothing can write it.',
    why: 'Such a volume is empty when the Pod starts, and only a container that mounts it writable can fill it. When every mount is readOnly, the containers that read it (a log shipper, a web server serving generated files) always find it empty: usually the writer\'s mount was copied from the reader\'s with readOnly: true, or the writer was removed. Volumes that are read-only by nature (configMap, secret, projected, downwardAPI, image) and volumes filled from outside the Pod (PersistentVolumeClaim, hostPath, nfs, csi) are not reported.',
    fix: 'Mount it writable in the container that is meant to fill it (remove readOnly: true there), or remove the volume.',
    link: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
  },
  check(pod) {
    return pod.volumes.flatMap((v): RawFinding[] => {
      const what = startsEmpty(v);
      if (!what) return [];
      const mounting = pod.containers.filter((c) => c.mounts.some((m) => m.volume === v.name));
      if (mounting.length === 0 || !mounting.every((c) => readsOnly(c, v))) return [];
      return [{ path: v.path, message: `Volume "${v.name}" is ${what} that ${mounting.length === 1 ? 'the only container' : 'every container'} mounting it (${labels(mounting)}) mounts read-only: nothing can write it, so it stays empty. Mount it writable in the container that should fill it, or remove it.` }];
    });
  },
};

/** What a volume that starts empty is, in words; undefined for other volumes. */
function startsEmpty(v: VolumeView): string | undefined {
  if (v.type === 'emptyDir') return 'an emptyDir';
  if (v.type !== 'ephemeral') return undefined;
  const spec = recordOr(recordOr(recordOr(v.spec.ephemeral)?.volumeClaimTemplate)?.spec);
  return spec?.dataSource === undefined && spec?.dataSourceRef === undefined ? 'a generic ephemeral volume without a data source' : undefined;
}

function readsOnly(c: ContainerView, v: VolumeView): boolean {
  return c.mounts.filter((m) => m.volume === v.name).every((m) => m.readOnly);
}
