/**
 * invalid-volume-mount: volume mounts the API server rejects (ValidateVolumeMounts): a
 * volume that is not declared, a missing or repeated mountPath, a clash with volumeDevices.
 */
import type { ContainerView, MountView, PodView } from '@podsmith/manifest';
import { apiError } from '../messages';
import { arrayOr, recordOr, stringOr } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'invalid-volume-mount',
  category: 'volume',
  severity: 'error',
  docs: {
    summary: 'A volumeMount names a volume the Pod does not declare (nor a StatefulSet volumeClaimTemplate), has no mountPath, repeats a mountPath of the same container, or clashes with a volumeDevice.',
    why: 'ValidateVolumeMounts rejects the whole object: `Not found` for an undeclared volume, `must be unique` for a mountPath used twice in one container.',
    fix: 'Declare the volume under spec.volumes (an emptyDir for scratch space), give each mount its own mountPath.',
    link: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  },
  check(pod, ctx) {
    const volumes = declaredVolumes(pod);
    return pod.containers.flatMap((c) => {
      const mountPaths = new Set<string>();
      return c.mounts.flatMap((m) => {
        const findings = mountErrors(c, m, volumes, mountPaths, ctx);
        mountPaths.add(m.mountPath);
        return findings;
      });
    });
  },
  fix(finding, pod) {
    const mount = pod.containers.flatMap((c) => c.mounts).find((m) => [...m.path, 'name'].every((key, i) => finding.path[i] === key) && finding.path.length === m.path.length + 1);
    if (!mount?.volume || declaredVolumes(pod).has(mount.volume)) return [];
    return [{ kind: 'addVolume', pod: pod.ref, volume: { name: mount.volume, emptyDir: {} } }];
  },
};

/** Volume names a mount may use: the pod's volumes, and a StatefulSet's volumeClaimTemplates (the controller adds those). */
function declaredVolumes(pod: PodView): ReadonlySet<string> {
  const claims = pod.workload.kind === 'StatefulSet' ? arrayOr(recordOr(pod.workload.object.spec)?.volumeClaimTemplates) : [];
  const claimNames = claims.flatMap((t) => stringOr(recordOr(recordOr(t)?.metadata)?.name) ?? []);
  return new Set([...pod.volumes.map((v) => v.name), ...claimNames]);
}

function mountErrors(c: ContainerView, m: MountView, volumes: ReadonlySet<string>, mountPaths: ReadonlySet<string>, ctx: LintContext): RawFinding[] {
  const findings: RawFinding[] = [];
  const at = (field: string, message: (path: string) => string) => {
    const path = [...m.path, field];
    findings.push({ path, container: c.name, message: message(ctx.apiPath(path)) });
  };
  const devices = arrayOr(c.spec.volumeDevices).map((d) => recordOr(d) ?? {});
  if (m.volume === '') at('name', (p) => apiError.required(p));
  else if (!volumes.has(m.volume)) at('name', (p) => apiError.notFound(p, m.volume));
  if (m.mountPath === '') at('mountPath', (p) => apiError.required(p));
  else if (mountPaths.has(m.mountPath)) at('mountPath', (p) => apiError.invalid(p, m.mountPath, 'must be unique'));
  if (devices.some((d) => stringOr(d.name) === m.volume)) at('name', (p) => apiError.invalid(p, m.volume, 'must not already exist in volumeDevices'));
  if (devices.some((d) => stringOr(d.devicePath) === m.mountPath)) at('mountPath', (p) => apiError.invalid(p, m.mountPath, 'must not already exist as a path in volumeDevices'));
  return findings;
}
