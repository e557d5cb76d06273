/**
 * Building blocks of quick fixes, as Edit values for the manifest package's applyEdit.
 * Edits of one fix apply in order, each to the text the previous one produced, so
 * indexes here are the ones after the earlier edits.
 */
import type { ContainerView, Edit, PodView } from '@podsmith/manifest';
import type { RoleInfo } from '@podsmith/lifecycle';
import type { LintContext } from './types';

/** The container a finding is about: the manifest package's path lookup, for the rules' fixes. */
export { containerAt } from '@podsmith/manifest';

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
 * Make a regular container a native sidecar: give it a startupProbe when it has none and
 * one can be built (set first, while it is still where it is), then move it to the sidecar
 * lane. A mesh proxy becomes the first sidecar, because the others send through it and
 * sidecars stop in reverse order; other helpers go after the existing sidecars. Empty
 * when the target version has no native sidecars.
 */
export function moveToNativeSidecar(pod: PodView, c: ContainerView, ctx: LintContext): Edit[] {
  if (!ctx.nativeSidecars || c.lane !== 'main') return [];
  const probe = ctx.defaultsOf(c).startupProbe ? undefined : startupProbeFor(c, ctx.roleOf(c));
  const edits: Edit[] = probe ? [{ kind: 'setContainerField', pod: pod.ref, container: c.ref, field: ['startupProbe'], value: probe }] : [];
  const first = ctx.roleOf(c).role === 'mesh-proxy' ? 0 : undefined;
  edits.push({ kind: 'moveContainer', pod: pod.ref, container: c.ref, lane: 'sidecar', ...(first === undefined ? {} : { index: first }) });
  return edits;
}

/**
 * Move an init container (a sidecar or a one-shot one) to just before `before`, a regular
 * init container declared earlier. moveContainer's index counts within a lane, and
 * regular init containers and sidecars share one list, so the move goes through the init
 * lane at `before`'s position, and a sidecar gets its restartPolicy back afterwards.
 */
export function moveBefore(pod: PodView, moving: ContainerView, before: ContainerView): Edit[] {
  const laneIndex = pod.containers.filter((x) => x.lane === 'init' && x.ref.index < before.ref.index).length;
  const edits: Edit[] = [{ kind: 'moveContainer', pod: pod.ref, container: moving.ref, lane: 'init', index: laneIndex }];
  if (moving.lane === 'sidecar') edits.push({ kind: 'setContainerField', pod: pod.ref, container: before.ref, field: ['restartPolicy'], value: 'Always' });
  return edits;
}

/** Set the pod's terminationGracePeriodSeconds. */
export function setGracePeriod(pod: PodView, seconds: number): Edit[] {
  return [{ kind: 'setPodField', pod: pod.ref, field: ['terminationGracePeriodSeconds'], value: Math.ceil(seconds) }];
}

/** Headroom the app gets after its hooks, to handle SIGTERM, when a fix raises the grace period. */
export const SHUTDOWN_HEADROOM_SECONDS = 10;
