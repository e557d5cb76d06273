/**
 * Building blocks of quick fixes, as Edit values for the manifest package's applyEdit.
 * Edits of one fix apply in order, each to the text the previous one produced, so
 * indexes here are the ones after the earlier edits.
 */
import type { ContainerRef, ContainerView, Edit, PodView } from '@podsmith/manifest';
import type { RoleInfo } from './roles';
import type { LintContext } from './types';

/**
 * What the mesh vendors' own native-sidecar injection sets as startupProbe: a readiness
 * endpoint that answers once the proxy has its configuration, not merely a bound port.
 */
const KNOWN_STARTUP_PROBES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'istio-proxy': { httpGet: { path: '/healthz/ready', port: 15021 }, periodSeconds: 1, failureThreshold: 600 },
  'linkerd-proxy': { httpGet: { path: '/ready', port: 4191 }, periodSeconds: 1, failureThreshold: 120 },
};

/** A startupProbe for a helper: the vendor's readiness endpoint, else a TCP check of its first port. */
export function startupProbeFor(c: ContainerView, role: RoleInfo): Readonly<Record<string, unknown>> | undefined {
  const known = role.product === undefined ? undefined : KNOWN_STARTUP_PROBES[role.product];
  if (known) return known;
  const port = c.ports.find((p) => p.containerPort !== undefined)?.containerPort;
  return port === undefined ? undefined : { tcpSocket: { port }, periodSeconds: 1, failureThreshold: 30 };
}

/**
 * Move a regular container to the end of initContainers as a native sidecar, and give it
 * a startupProbe when it has none and one can be built. Empty when the target version has
 * no native sidecars.
 */
export function moveToNativeSidecar(pod: PodView, c: ContainerView, ctx: LintContext): Edit[] {
  if (!ctx.nativeSidecars || c.lane !== 'main') return [];
  const index = pod.containers.filter((x) => x.ref.list === 'initContainers').length;
  const moved: ContainerRef = { list: 'initContainers', index };
  const edits: Edit[] = [{ kind: 'moveContainer', pod: pod.ref, container: c.ref, lane: 'sidecar', index }];
  const probe = ctx.defaultsOf(c).startupProbe ? undefined : startupProbeFor(c, ctx.roleOf(c));
  if (probe) edits.push({ kind: 'setContainerField', pod: pod.ref, container: moved, field: ['startupProbe'], value: probe });
  return edits;
}

/** Set the pod's terminationGracePeriodSeconds. */
export function setGracePeriod(pod: PodView, seconds: number): Edit[] {
  return [{ kind: 'setPodField', pod: pod.ref, field: ['terminationGracePeriodSeconds'], value: Math.ceil(seconds) }];
}

/** Headroom the app gets after its hooks, to handle SIGTERM, when a fix raises the grace period. */
export const SHUTDOWN_HEADROOM_SECONDS = 10;

/** The container a finding is about: the longest container path that prefixes the finding's path. */
export function containerAt(pod: PodView, path: readonly (string | number)[]): ContainerView | undefined {
  return pod.containers.find((c) => c.path.length <= path.length && c.path.every((key, i) => path[i] === key));
}
