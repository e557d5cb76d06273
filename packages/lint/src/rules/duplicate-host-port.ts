/**
 * duplicate-host-port: two ports of the regular containers claiming one host port (same
 * protocol, hostIP and hostPort), or one init container claiming it twice
 * (checkHostPortConflicts, AccumulateUniqueHostPorts). Sidecars against regular containers
 * are not checked by the API server: sidecar-host-port-collision reports those.
 */
import type { ContainerView } from '@podsmith/manifest';
import { containerFinding } from '../api-validity';
import { apiError } from '../messages';
import { hostPortKey } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'duplicate-host-port',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'Two regular containers (or one init container twice) declare the same hostPort with the same protocol and hostIP.',
    why: 'A host port can be bound once per node; checkHostPortConflicts rejects the second claim with "Duplicate value: \\"TCP//8080\\"" (protocol/hostIP/port). With hostNetwork the API server first sets each missing hostPort to the containerPort, so two containers with one containerPort collide too. Init containers are checked one at a time, since they run one after the other.',
    fix: 'Give each container its own hostPort, or drop hostPort and reach the pod through a Service.',
    link: 'https://kubernetes.io/docs/concepts/configuration/overview/#services',
  },
  check(pod, ctx) {
    const regular = pod.containers.filter((c) => c.ref.list === 'containers');
    const inits = pod.containers.filter((c) => c.ref.list === 'initContainers');
    return [...conflicts(regular, ctx), ...inits.flatMap((c) => conflicts([c], ctx))];
  },
};

function conflicts(containers: readonly ContainerView[], ctx: LintContext): RawFinding[] {
  const seen = new Set<string>();
  return containers.flatMap((c) =>
    ctx.defaultsOf(c).ports.flatMap((port, i): RawFinding[] => {
      if (!port.hostPort) return [];
      const key = hostPortKey(port);
      if (!seen.has(key)) {
        seen.add(key);
        return [];
      }
      return [containerFinding(c, [...c.path, 'ports', i, 'hostPort'], (p) => apiError.duplicate(p, key), ctx)];
    }),
  );
}
