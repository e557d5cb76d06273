/**
 * sidecar-without-startup-probe: a native sidecar that later containers depend on, with
 * nothing that holds their start until it is ready.
 */
import type { ContainerView } from '@podsmith/manifest';
import { containerAt, startupProbeFor } from '../fixes';
import { declaredPorts, label, localPortsUsed, startGate, startsAfter } from '../pod-facts';
import { roleNoun } from '../roles';
import type { LintContext, Rule } from '../types';

/** What a later container waits for, by the sidecar's role. */
const READY_MEANS: Readonly<Record<string, string>> = {
  'mesh-proxy': 'can route traffic',
  'db-proxy': 'accepts database connections',
  'secret-agent': 'has fetched the secrets',
};

export const rule: Rule = {
  id: 'sidecar-without-startup-probe',
  category: 'lifecycle',
  severity: 'warning',
  k8s: { since: '1.29' },
  docs: {
    summary: 'A native sidecar that later containers depend on (a proxy, a secret agent, or one whose ports the app uses) has no startupProbe and no postStart hook.',
    why: 'A native sidecar counts as started as soon as its process runs, unless a startupProbe or a postStart hook says otherwise; the next init or regular container then starts at once, possibly before the sidecar can serve it (sidecar-containers.md; KEP-753 "Pod startup completed condition"; website#50673).',
    fix: 'Add a startupProbe that succeeds when the sidecar is ready (the proxy\'s readiness endpoint, or a tcpSocket check of the port the app uses), or a postStart hook that waits for it.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/#sidecar-containers-and-pod-lifecycle',
  },
  check(pod, ctx) {
    return ctx.facts.sidecars.flatMap((c) => {
      if (startGate(ctx.defaultsOf(c))) return [];
      const dependency = dependencyOf(c, startsAfter(pod, c), ctx);
      if (!dependency) return [];
      return [
        {
          path: c.path,
          container: c.name,
          message: `${label(c)} is a native sidecar with no startupProbe and no postStart hook, so it counts as started as soon as its process runs: ${label(dependency.next)} starts right away, possibly before ${label(c)} ${dependency.ready}.`,
        },
      ];
    });
  },
  fix(finding, pod, ctx) {
    const c = containerAt(pod, finding.path);
    const probe = c && startupProbeFor(c, ctx.roleOf(c));
    return c && probe ? [{ kind: 'setContainerField', pod: pod.ref, container: c.ref, field: ['startupProbe'], value: probe }] : [];
  },
};

interface Dependency {
  /** The container that starts too early. */
  readonly next: ContainerView;
  /** What it waits for, in words. */
  readonly ready: string;
}

/** Why later containers need the sidecar ready: its role, or a port of it they use on localhost. */
function dependencyOf(c: ContainerView, later: readonly ContainerView[], ctx: LintContext): Dependency | undefined {
  const first = later[0];
  if (!first) return undefined;
  const role = ctx.roleOf(c);
  const byRole = READY_MEANS[role.role];
  if (byRole) return { next: first, ready: `${byRole} (it is a ${roleNoun(role.role)}: ${role.reason})` };
  const ports = declaredPorts(c);
  for (const other of later) {
    const used = [...localPortsUsed(other, ctx.defaultsOf(other))].find((p) => ports.has(p));
    if (used !== undefined) return { next: other, ready: `listens on port ${used}, which ${label(other)} uses on localhost` };
  }
  return undefined;
}
