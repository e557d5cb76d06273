/**
 * host-network-port-mismatch: with hostNetwork the container binds on the node itself, so a
 * hostPort other than the containerPort cannot be honoured (validatePodHostNetworkDeps).
 */
import { containerFinding } from '../api-validity';
import { apiError } from '../messages';
import { arrayOr, numberOr, recordOr } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'host-network-port-mismatch',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'hostNetwork: true and a regular container port whose hostPort differs from its containerPort.',
    why: 'In the node\'s network namespace there is no port mapping: the process listens on the node port itself. validatePodHostNetworkDeps rejects a different hostPort ("must match `containerPort` when `hostNetwork` is true"); a missing one is set to the containerPort by the API server.',
    fix: 'Drop hostPort (it defaults to the containerPort) or make it equal to containerPort.',
    link: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  },
  check(pod, ctx) {
    if (!ctx.defaulted.hostNetwork) return [];
    return pod.containers
      .filter((c) => c.ref.list === 'containers')
      .flatMap((c) =>
        arrayOr(c.spec.ports).flatMap((raw, i): RawFinding[] => {
          const port = recordOr(raw) ?? {};
          // Pod templates keep 0 (unset) for the Pod's defaulting; a Pod is defaulted already.
          const hostPort = numberOr(port.hostPort) ?? 0;
          const containerPort = numberOr(port.containerPort) ?? 0;
          if (hostPort === 0 || hostPort === containerPort) return [];
          return [containerFinding(c, [...c.path, 'ports', i, 'hostPort'], (p) => apiError.invalid(p, hostPort, 'must match `containerPort` when `hostNetwork` is true'), ctx)];
        }),
      );
  },
};
