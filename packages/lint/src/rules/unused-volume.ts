/**
 * unused-volume: a volume of the Pod that no container mounts (or uses as a block
 * device). Every container counts: init containers, sidecars, ephemeral containers, and
 * the mesh proxy, through Istio's `sidecar.istio.io/userVolumeMount` annotation.
 */
import type { PodView, VolumeView } from '@podsmith/manifest';
import { arrayOr, recordOr } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

/** Istio mounts the pod's volumes named here into the proxy it injects. */
const ISTIO_USER_MOUNTS = 'sidecar.istio.io/userVolumeMount';

export const rule: Rule = {
  id: 'unused-volume',
  category: 'volume',
  severity: 'info',
  docs: {
    summary: 'A volume of the Pod is mounted by no container.',
    why: 'A volume nobody mounts is still set up for every Pod: a PersistentVolumeClaim is bound and attached, a Secret or ConfigMap must exist or the Pod does not start, an emptyDir takes node storage. Most often it is a leftover of a removed container, or a mount whose name has a typo (and then the container reads an empty directory of its image instead).',
    fix: 'Mount it where it is needed (check the volumeMounts names), or remove it. The quick fix removes it.',
    link: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  },
  check(pod) {
    const used = usedVolumeNames(pod);
    return pod.volumes.flatMap((v): RawFinding[] =>
      v.name === '' || used.has(v.name) ? [] : [{ path: v.path, message: `Volume "${v.name}" is mounted by no container: it is still set up for every Pod (${setUpCost(v)}). Mount it where it is needed, or remove it.` }],
    );
  },
  fix(finding, pod) {
    const volume = pod.volumes.find((v) => v.path.length === finding.path.length && v.path.every((k, i) => finding.path[i] === k));
    return volume ? [{ kind: 'removeVolume', pod: pod.ref, name: volume.name }] : [];
  },
};

function usedVolumeNames(pod: PodView): ReadonlySet<string> {
  const used = new Set<string>();
  for (const c of pod.containers) {
    for (const m of c.mounts) used.add(m.volume);
    for (const d of arrayOr(c.spec.volumeDevices)) {
      const name = recordOr(d)?.name;
      if (typeof name === 'string') used.add(name);
    }
  }
  const istio = pod.podAnnotations[ISTIO_USER_MOUNTS] ?? pod.workload.annotations[ISTIO_USER_MOUNTS];
  if (istio) for (const v of pod.volumes) if (istio.includes(`"${v.name}"`)) used.add(v.name);
  return used;
}

function setUpCost(v: VolumeView): string {
  switch (v.type) {
    case 'persistentVolumeClaim':
      return 'the claim is bound and attached to the node';
    case 'secret':
    case 'configMap':
      return `the ${v.type === 'secret' ? 'Secret' : 'ConfigMap'} must exist, or the Pod does not start`;
    case 'emptyDir':
      return "it takes the node's storage or memory";
    default:
      return `a ${v.type || 'volume'} source is prepared on the node`;
  }
}
