/**
 * invalid-volume: volumes the API server rejects (ValidateVolumes, validateVolumeSource):
 * bad or duplicate names, more than one source, a source missing its required name or path.
 * A volume with no source at all is not an error: the API server defaults it to emptyDir.
 */
import { dns1123LabelError } from '@podsmith/manifest';
import { apiError } from '../messages';
import { recordOr, stringOr } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

/** Fields a source cannot do without (validateVolumeSource and the per-source validators). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  configMap: ['name'],
  secret: ['secretName'],
  persistentVolumeClaim: ['claimName'],
  hostPath: ['path'],
  nfs: ['server', 'path'],
};
const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];

export const rule: Rule = {
  id: 'invalid-volume',
  category: 'volume',
  severity: 'error',
  docs: {
    summary: 'A volume the API server rejects: name not a DNS-1123 label or used twice, more than one volume source, a source without its required name or path, an unknown hostPath type.',
    why: 'ValidateVolumes rejects the whole object. (A volume with no source is not one of these: the API server makes it an emptyDir.)',
    fix: 'Use a lowercase RFC 1123 name, unique in the Pod, and exactly one source with its required fields.',
    link: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  },
  check(pod, ctx) {
    const seen = new Set<string>();
    return pod.volumes.flatMap((volume, i): RawFinding[] => {
      const findings: RawFinding[] = [];
      const at = (path: readonly (string | number)[], message: string) => findings.push({ path: [...volume.path, ...path], message });
      const namePath = ctx.apiPath([...volume.path, 'name']);
      const nameError = dns1123LabelError(volume.name);
      if (nameError === 'Required value') at(['name'], apiError.required(namePath));
      else if (nameError) at(['name'], apiError.invalid(namePath, volume.name, nameError));
      else if (seen.has(volume.name)) at(['name'], apiError.duplicate(namePath, volume.name));
      seen.add(volume.name);

      const [, ...extra] = ctx.defaulted.volumes[i]?.sources ?? [];
      for (const source of extra) at([source], apiError.forbidden(ctx.apiPath([...volume.path, source]), 'may not specify more than 1 volume type'));
      for (const [source, fields] of Object.entries(REQUIRED)) {
        const spec = recordOr(volume.spec[source]);
        for (const field of fields) if (spec && !stringOr(spec[field])) at([source, field], apiError.required(ctx.apiPath([...volume.path, source, field])));
      }
      const hostPathType = stringOr(recordOr(volume.spec.hostPath)?.type);
      if (hostPathType !== undefined && !HOST_PATH_TYPES.includes(hostPathType)) {
        at(['hostPath', 'type'], apiError.notSupported(ctx.apiPath([...volume.path, 'hostPath', 'type']), hostPathType, HOST_PATH_TYPES));
      }
      return findings;
    });
  },
};
