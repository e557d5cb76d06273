/**
 * probe-port-undeclared: a probe that cannot reach what it should check. A port name the
 * probing container does not declare never resolves (the probe fails for ever); a number
 * that only another container declares checks that container instead. A number nobody
 * declares is only reported as info: declaring a port is documentation, and the probe
 * works if the process listens there.
 */
import type { ContainerView, PodView, YamlPath } from '@podsmith/manifest';
import { label, type Probe } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/**
 * Ports a mesh proxy serves for the app's probes: Istio's status port (where it answers
 * the app probes it rewrote) and health port, Linkerd's admin port. A probe of the app
 * there checks the proxy on purpose.
 */
const PROXY_PORTS: Readonly<Record<string, readonly number[]>> = {
  'istio-proxy': [15000, 15020, 15021, 15090],
  'istio-gateway': [15000, 15020, 15021, 15090],
  'linkerd-proxy': [4190, 4191],
};

interface Problem {
  readonly text: string;
  readonly severity?: 'info';
}

export const rule: Rule = {
  id: 'probe-port-undeclared',
  category: 'network',
  severity: 'warning',
  docs: {
    summary: 'A probe uses a port name its container does not declare, or a port number only another container declares; a number no container declares is info.',
    why: 'A named probe port resolves only against the probing container\'s own ports: an unknown name fails the probe for ever. Containers share the Pod\'s network namespace, so a number that another container declares reaches that container: the probe restarts or holds back this container for the other one\'s health. A number nobody declares works if the process listens there (declaring a port is documentation), so it is only info. Ports declared only for UDP do not answer TCP or HTTP probes.',
    fix: 'Declare the port on the probing container, or point the probe at a port it serves.',
    link: 'https://docs.kubelinter.io/#/generated/checks?id=liveness-port',
  },
  check(pod, ctx) {
    const proxyPorts = proxyPortsOf(pod, ctx);
    return ctx.facts.concurrent.flatMap((c) => {
      const dc = ctx.defaultsOf(c);
      return PROBES.flatMap((kind) => {
        const probe = dc[kind];
        const target = probe && probeTarget(probe, [...c.path, kind]);
        const problem = target && portProblem(c, target.port, ctx.facts.concurrent, proxyPorts);
        return problem ? [finding(c, kind, target.path, problem)] : [];
      });
    });
  },
};

function finding(c: ContainerView, kind: string, path: YamlPath, problem: Problem): RawFinding {
  return { path, container: c.name, message: `${label(c)}'s ${kind} ${problem.text}.`, ...(problem.severity && { severity: problem.severity }) };
}

/** The port a probe connects to on the pod itself, and where it is written. */
function probeTarget(probe: Probe, base: YamlPath): { port: number | string; path: YamlPath } | undefined {
  if (probe.httpGet?.port !== undefined && !probe.httpGet.host) return { port: probe.httpGet.port, path: [...base, 'httpGet', 'port'] };
  if (probe.tcpSocket?.port !== undefined && !probe.tcpSocket.host) return { port: probe.tcpSocket.port, path: [...base, 'tcpSocket', 'port'] };
  if (probe.grpc?.port !== undefined) return { port: probe.grpc.port, path: [...base, 'grpc', 'port'] };
  return undefined;
}

/** The known probe ports of the mesh proxies in the pod. */
function proxyPortsOf(pod: PodView, ctx: LintContext): ReadonlySet<number> {
  return new Set(pod.containers.flatMap((c) => PROXY_PORTS[ctx.roleOf(c).product ?? ''] ?? []));
}

function portProblem(c: ContainerView, port: number | string, running: readonly ContainerView[], proxyPorts: ReadonlySet<number>): Problem | undefined {
  if (typeof port === 'string') {
    const declared = c.ports.find((p) => p.name === port);
    if (!declared) return { text: `uses port name "${port}", which ${label(c)} does not declare: named probe ports resolve only against the container's own ports, so the probe always fails. Declare the name on ${label(c)}'s ports, or use the number` };
    return declared.protocol === 'TCP' ? undefined : { text: `uses port "${port}", which is declared for ${declared.protocol}: the probe connects over TCP. Point it at a TCP port` };
  }
  const own = c.ports.filter((p) => p.containerPort === port);
  if (own.some((p) => p.protocol === 'TCP') || proxyPorts.has(port)) return undefined;
  if (own.length > 0) return { text: `checks port ${port}, which is declared for ${own[0]?.protocol ?? 'UDP'} only: the probe connects over TCP. Point it at a TCP port` };
  const other = running.find((o) => o !== c && o.ports.some((p) => p.containerPort === port && p.protocol === 'TCP'));
  if (other) return { text: `checks port ${port}, which ${label(other)} declares: the containers share one network namespace, so the probe checks ${label(other)} and restarts or holds back ${label(c)} for its health. Point the probe at a port ${label(c)} serves` };
  return { text: `checks port ${port}, which no container of the Pod declares: if ${label(c)} listens there the probe works; declare it in ${label(c)}'s ports so Services and tools can find it by name`, severity: 'info' };
}
