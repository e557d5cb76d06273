/**
 * sidecar-startup-deadlock: a native sidecar whose startup gate (startupProbe or
 * postStart hook) waits for a port that only a container starting later serves. The
 * later container waits for the sidecar, the sidecar waits for it: initialization
 * never ends (KEP-753 Risks, Scenario 7, seen with Knative).
 */
import type { ContainerView, YamlPath } from '@podsmith/manifest';
import { localhostPorts } from '../command';
import type { DefaultedContainer, Handler, IntOrString } from '../defaults';
import { execScript, initStatus, label, startsAfter } from '../pod-facts';
import type { Rule } from '../types';

interface GatePort {
  readonly port: IntOrString;
  readonly path: YamlPath;
  readonly gate: string;
}

export const rule: Rule = {
  id: 'sidecar-startup-deadlock',
  category: 'lifecycle',
  severity: 'error',
  k8s: { since: '1.29' },
  docs: {
    summary: "A native sidecar's startupProbe or postStart hook depends on a port that only a later container (a regular container or a later init container) serves, or on a port name the sidecar does not declare.",
    why: 'Containers after a sidecar start only once it has started, and it has started only when its startupProbe has succeeded and its postStart hook has finished. If that check needs the app, neither ever starts: the Pod never leaves initialization (KEP-753 Risks, Scenario 7).',
    fix: 'Probe the sidecar itself: a port or endpoint the sidecar serves on its own.',
    link: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/753-sidecar-containers#risks-and-mitigations',
  },
  check(pod, ctx) {
    return ctx.facts.sidecars.flatMap((c) => {
      const later = startsAfter(pod, c);
      return gatePorts(c, ctx.defaultsOf(c)).flatMap(({ port, path, gate }) => {
        const waitsFor = laterOwner(c, later, port);
        if (!waitsFor) return [];
        return [
          {
            path,
            container: c.name,
            message: `${label(c)}'s ${gate} ${waitsFor}. The sidecar counts as started only when its ${gate} has succeeded, and the containers after it wait for that, so the Pod never leaves initialization (${initStatus(pod, c)}).`,
          },
        ];
      });
    });
  },
};

/** The ports a sidecar's startup gate connects to, with where each is written. */
function gatePorts(c: ContainerView, dc: DefaultedContainer): readonly GatePort[] {
  const fromHandler = (h: Handler | undefined, base: YamlPath, gate: string): GatePort[] => {
    if (!h) return [];
    const local = (host: string | undefined) => host === undefined || /^(localhost|127\.0\.0\.1|::1)$/.test(host);
    if (h.httpGet?.port !== undefined && local(h.httpGet.host)) return [{ port: h.httpGet.port, path: [...base, 'httpGet', 'port'], gate }];
    if (h.tcpSocket?.port !== undefined && local(h.tcpSocket.host)) return [{ port: h.tcpSocket.port, path: [...base, 'tcpSocket', 'port'], gate }];
    if (h.grpc?.port !== undefined) return [{ port: h.grpc.port, path: [...base, 'grpc', 'port'], gate }];
    const script = execScript(h);
    return script === undefined ? [] : localhostPorts(script).map((port) => ({ port, path: [...base, 'exec'], gate }));
  };
  return [
    ...fromHandler(dc.startupProbe, [...c.path, 'startupProbe'], 'startupProbe'),
    ...fromHandler(dc.lifecycle.postStart, [...c.path, 'lifecycle', 'postStart'], 'postStart hook'),
  ];
}

/** Why a gate's port belongs to a container that starts later (or to nobody, for names), or undefined. */
function laterOwner(c: ContainerView, later: readonly ContainerView[], port: IntOrString): string | undefined {
  if (typeof port === 'string') {
    if (c.ports.some((p) => p.name === port)) return undefined;
    const owner = later.find((x) => x.ports.some((p) => p.name === port));
    const where = owner ? `; ${label(owner)} declares it, but a probe's port name only refers to the probing container's own ports` : '';
    return `uses port name "${port}", which ${label(c)} does not declare${where}: the check can never pass`;
  }
  if (c.ports.some((p) => p.containerPort === port)) return undefined;
  const owner = later.find((x) => x.ports.some((p) => p.containerPort === port));
  return owner && `checks port ${port}, which ${label(owner)} serves, and ${label(owner)} only starts after ${label(c)} has started`;
}
