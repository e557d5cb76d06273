/**
 * duplicate-port-name: the same port name on two containers that run at the same time.
 * The API server only checks names within one container; a Service targetPort by that
 * name then resolves to whichever container is found first.
 */
import type { ContainerView } from '@podsmith/manifest';
import { label } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'duplicate-port-name',
  category: 'network',
  severity: 'warning',
  docs: {
    summary: 'Two containers that run at the same time declare a port with the same name.',
    why: 'validateContainerPorts checks port names within one container only. A Service targetPort or a probe elsewhere that uses the name resolves to the first container that declares it, so traffic meant for one container can reach the other.',
    fix: 'Give every port in the Pod a unique name.',
    link: 'https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports',
  },
  check(_pod, ctx) {
    const first = new Map<string, ContainerView>();
    const findings: RawFinding[] = [];
    for (const c of ctx.facts.concurrent) {
      for (const port of c.ports) {
        if (!port.name) continue;
        const earlier = first.get(port.name);
        if (!earlier) first.set(port.name, c);
        else if (earlier !== c) {
          findings.push({
            path: [...port.path, 'name'],
            container: c.name,
            message: `Port name "${port.name}" is declared by both ${label(earlier)} and ${label(c)}, which run at the same time: a Service targetPort "${port.name}" resolves to the first container that declares it, not to both.`,
          });
        }
      }
    }
    return findings;
  },
};
