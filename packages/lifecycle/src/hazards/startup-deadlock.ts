/**
 * Native sidecars whose startup gate (startupProbe or postStart hook) waits for a port only
 * a later container serves. Containers after a sidecar start only once it has started
 * ([SC]), and it has started only when its gate has passed: neither ever starts, the pod
 * never leaves initialization ([KEP753] Risks, Scenario 7, seen with Knative).
 * Read by the sidecar-startup-deadlock rule and by the simulator's startup.
 */
import type { ContainerView, YamlPath } from '@podsmith/manifest';
import { localhostPorts } from '../pod/command';
import type { DefaultedContainer, Handler, IntOrString } from '../pod/defaults';
import type { PodModel } from '../pod/model';
import { execScript, label, startsAfter } from '../pod/pod-facts';

export interface GateWait {
  readonly port: IntOrString;
  /** Where the port is written. */
  readonly path: YamlPath;
  /** `startupProbe` or `postStart hook`. */
  readonly gate: string;
  /** What it waits for, in words: `checks port 8080, which "app" serves, and "app" only starts after ...`. */
  readonly waitsFor: string;
}

/** Each wait of a sidecar's startup gate that can never end; empty when it can start. */
export function startupDeadlocks(c: ContainerView, model: PodModel): readonly GateWait[] {
  const later = startsAfter(model.pod, c);
  return gatePorts(c, model.defaultsOf(c)).flatMap(({ port, path, gate }) => {
    const waitsFor = laterOwner(c, later, port);
    return waitsFor ? [{ port, path, gate, waitsFor }] : [];
  });
}

/** The ports a sidecar's startup gate connects to, with where each is written. */
function gatePorts(c: ContainerView, dc: DefaultedContainer): readonly Omit<GateWait, 'waitsFor'>[] {
  const fromHandler = (h: Handler | undefined, base: YamlPath, gate: string): Omit<GateWait, 'waitsFor'>[] => {
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
