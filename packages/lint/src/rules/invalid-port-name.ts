/**
 * invalid-port-name: a container port name that is not an IANA_SVC_NAME, or is used twice
 * in one container (validateContainerPorts, apimachinery IsValidPortName).
 */
import { portNameErrors } from '@podsmith/manifest';
import { containerFinding } from '../api-validity';
import { apiError } from '../messages';
import type { RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'invalid-port-name',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'A port name longer than 15 characters, with characters other than a-z, 0-9 and -, without a letter, with "--" or a hyphen at either end, or repeated within one container.',
    why: 'Port names are IANA service names, which Services and probes refer to; validateContainerPorts rejects each broken rule as its own "Invalid value" error, and a name repeated within a container as "Duplicate value". (The same name on two containers is accepted: duplicate-port-name reports that.)',
    fix: 'Use a short lowercase name such as http, metrics or grpc-admin, unique within the container, and update Services and probes that refer to it.',
    link: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  },
  check(pod, ctx) {
    return pod.containers.flatMap((c) => {
      const names = new Set<string>();
      return c.ports.flatMap((port): RawFinding[] => {
        if (port.name === undefined || port.name === '') return [];
        const path = [...port.path, 'name'];
        const name = port.name;
        const errors = portNameErrors(name);
        if (errors.length > 0) return errors.map((detail) => containerFinding(c, path, (p) => apiError.invalid(p, name, detail), ctx));
        if (names.has(name)) return [containerFinding(c, path, (p) => apiError.duplicate(p, name), ctx)];
        names.add(name);
        return [];
      });
    });
  },
};
