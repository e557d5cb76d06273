/**
 * duplicate-container-name: two containers of a pod with one name. Names are unique across
 * containers, initContainers and ephemeralContainers; the API server reports the later one
 * (validateContainers, validateInitContainers, validateEphemeralContainers).
 */
import type { ContainerList } from '@podsmith/manifest';
import { containerFinding } from '../api-validity';
import { apiError } from '../messages';
import type { RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'duplicate-container-name',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'Two containers share a name: within containers, between an init container and a container, or with an ephemeral container.',
    why: 'The kubelet, logs, probes and kubectl -c address a container by name, so the API server refuses a repeated one ("Duplicate value"). Regular containers are checked among themselves first, then each init container against the regular ones and the init containers before it, then ephemeral containers against all.',
    fix: 'Give each container a unique name (a sidecar copied from another pod often keeps the name of the app it was copied with).',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/#detailed-behavior',
  },
  check(pod, ctx) {
    const of = (list: ContainerList) => pod.containers.filter((c) => c.ref.list === list);
    const findings: RawFinding[] = [];
    const duplicate = (c: (typeof pod.containers)[number]) => findings.push(containerFinding(c, [...c.path, 'name'], (p) => apiError.duplicate(p, c.name), ctx));
    // validateContainers: every name counts, the empty one too.
    const regular = new Set<string>();
    for (const c of of('containers')) {
      if (regular.has(c.name)) duplicate(c);
      regular.add(c.name);
    }
    // validateInitContainers: against the regular names and the non-empty init names before.
    const seen = new Set(regular);
    for (const c of of('initContainers')) {
      if (seen.has(c.name)) duplicate(c);
      else if (c.name !== '') seen.add(c.name);
    }
    // validateEphemeralContainers: against every regular and init name, and each other.
    const all = new Set([...regular, ...of('initContainers').map((c) => c.name)]);
    for (const c of of('ephemeralContainers')) {
      if (all.has(c.name)) duplicate(c);
      all.add(c.name);
    }
    return findings;
  },
};
