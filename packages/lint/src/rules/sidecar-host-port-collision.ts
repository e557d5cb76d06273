/**
 * sidecar-host-port-collision: the same hostPort on a native sidecar and a container it
 * runs alongside. The API server checks init containers' host ports one container at a
 * time ("init containers run one-by-one"), so it lets this through.
 */
import type { ContainerView, PortView } from '@podsmith/manifest';
import { hostPortKey, label } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

interface HostBind {
  readonly container: ContainerView;
  readonly port: PortView;
}

export const rule: Rule = {
  id: 'sidecar-host-port-collision',
  category: 'network',
  severity: 'error',
  k8s: { since: '1.29' },
  docs: {
    summary: 'A native sidecar and a regular container (or two sidecars) declare the same hostPort, protocol and hostIP.',
    why: 'Host ports of regular containers must be unique in a Pod, and the API server rejects duplicates. Init containers are checked one at a time, because classic init containers never run together; native sidecars do run together with the app, so the duplicate gets through and the node can forward the host port to only one of them.',
    fix: 'Give each container its own hostPort.',
    link: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
  },
  check(_pod, ctx) {
    const seen = new Map<string, HostBind[]>();
    const findings: RawFinding[] = [];
    for (const container of ctx.facts.concurrent) {
      for (const port of container.ports) {
        // Only host ports written in the manifest: with hostNetwork the defaulted ones equal containerPort, which port-collision covers.
        const defaulted = ctx.defaultsOf(container).ports[port.index];
        if (port.hostPort === undefined || !defaulted) continue;
        const key = hostPortKey(defaulted);
        const earlier = seen.get(key) ?? [];
        const other = earlier.find((b) => b.container !== container && (b.container.lane === 'sidecar' || container.lane === 'sidecar'));
        if (other) {
          const path = [...port.path, 'hostPort'];
          const sidecar = container.lane === 'sidecar' ? container : other.container;
          findings.push({
            path,
            container: container.name,
            message: `${ctx.apiPath(path)}: host port ${JSON.stringify(key)} is also used by ${label(other.container)} (${ctx.apiPath(other.port.path)}). The API server accepts it because it checks init containers one at a time, but the native sidecar ${label(sidecar)} runs at the same time as the other container, and the node can forward the host port to only one of them.`,
          });
        }
        seen.set(key, [...earlier, { container, port }]);
      }
    }
    return findings;
  },
};
