/**
 * probe-port-undeclared: a probe that names a port its container does not declare, or
 * checks a port number no container of the Pod declares over TCP.
 */
import type { ContainerView, PodView, YamlPath } from '@podsmith/manifest';
import { label, type Probe } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/**
 * Ports a mesh proxy serves without declaring them: Istio's status port (where it
 * answers the app probes it rewrote) and health port, Linkerd's admin port.
 */
const PROXY_PORTS: Readonly<Record<string, readonly number[]>> = {
  'istio-proxy': [15000, 15020, 15021, 15090],
  'istio-gateway': [15000, 15020, 15021, 15090],
  'linkerd-proxy': [4190, 4191],
};

export const rule: Rule = {
  id: 'probe-port-undeclared',
  category: 'network',
  severity: 'warning',
  docs: {
    summary: 'A probe uses a port name its container does not declare, or a port number no container of the Pod declares (over TCP).',
    why: 'A named probe port resolves only against the probing container\'s own ports: an unknown name fails the probe for ever. A numeric port nobody declares is either a typo (the probe fails, the container is restarted or never Ready) or an undocumented port. Ports declared only for UDP do not answer TCP or HTTP probes.',
    fix: 'Declare the port on the container, or point the probe at a declared port.',
    link: 'https://docs.kubelinter.io/#/generated/checks?id=liveness-port',
  },
  check(pod, ctx) {
    const served = servedPorts(pod, ctx);
    return ctx.facts.concurrent.flatMap((c) => {
      const dc = ctx.defaultsOf(c);
      return PROBES.flatMap((kind) => {
        const probe = dc[kind];
        const target = probe && probeTarget(probe, [...c.path, kind]);
        const problem = target && portProblem(c, target.port, served);
        return problem ? [finding(c, kind, target.path, problem)] : [];
      });
    });
  },
};

function finding(c: ContainerView, kind: string, path: YamlPath, problem: string): RawFinding {
  return { path, container: c.name, message: `${label(c)}'s ${kind} ${problem}.` };
}

/** The port a probe connects to on the pod itself, and where it is written. */
function probeTarget(probe: Probe, base: YamlPath): { port: number | string; path: YamlPath } | undefined {
  if (probe.httpGet?.port !== undefined && !probe.httpGet.host) return { port: probe.httpGet.port, path: [...base, 'httpGet', 'port'] };
  if (probe.tcpSocket?.port !== undefined && !probe.tcpSocket.host) return { port: probe.tcpSocket.port, path: [...base, 'tcpSocket', 'port'] };
  if (probe.grpc?.port !== undefined) return { port: probe.grpc.port, path: [...base, 'grpc', 'port'] };
  return undefined;
}

/** TCP ports served in the pod: declared by any container, plus the known ports of mesh proxies present. */
function servedPorts(pod: PodView, ctx: LintContext): ReadonlySet<number> {
  const ports = new Set<number>();
  for (const c of pod.containers) {
    for (const p of c.ports) if (p.protocol === 'TCP' && p.containerPort !== undefined) ports.add(p.containerPort);
    for (const p of PROXY_PORTS[ctx.roleOf(c).product ?? ''] ?? []) ports.add(p);
  }
  return ports;
}

function portProblem(c: ContainerView, port: number | string, served: ReadonlySet<number>): string | undefined {
  if (typeof port === 'string') {
    const declared = c.ports.find((p) => p.name === port);
    if (!declared) return `uses port name "${port}", which ${label(c)} does not declare: named probe ports resolve only against the container's own ports, so the probe always fails`;
    return declared.protocol === 'TCP' ? undefined : `uses port "${port}", which is declared for ${declared.protocol}: the probe connects over TCP`;
  }
  if (served.has(port)) return undefined;
  const udp = c.ports.find((p) => p.containerPort === port);
  if (udp) return `checks port ${port}, which is declared for ${udp.protocol} only: the probe connects over TCP`;
  return `checks port ${port}, which no container of the Pod declares: either the probe checks the wrong port and fails, or the port is missing from the container's ports, where Services and tools look for it by name`;
}
