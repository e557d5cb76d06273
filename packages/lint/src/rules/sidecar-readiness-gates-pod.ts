/**
 * sidecar-readiness-gates-pod: a readinessProbe on a native sidecar, where it does not
 * do what it looks like. It does not hold back later containers (only startup does),
 * yet it feeds Pod readiness, so the sidecar's health decides whether the app serves.
 */
import { label, type Role } from '@podsmith/lifecycle';
import type { Rule } from '../types';

/** Sidecars on the request path: their readiness is about serving, so feeding Pod Ready is intended once startup is gated. */
const ON_REQUEST_PATH: ReadonlySet<Role> = new Set(['mesh-proxy', 'db-proxy']);
const NO_ROLE: ReadonlySet<Role> = new Set(['app', 'unknown', 'one-shot-init']);

export const rule: Rule = {
  id: 'sidecar-readiness-gates-pod',
  category: 'lifecycle',
  severity: 'info',
  k8s: { since: '1.29' },
  docs: {
    summary: 'A native sidecar has a readinessProbe that looks meant to gate startup (no startupProbe or postStart), or that ties Pod readiness to a helper off the request path (log shipper, agent, git-sync).',
    why: 'For a native sidecar, readiness never holds back the start of later containers: only a startupProbe or postStart hook does. But it does count towards the Pod\'s Ready condition, so a failing log backend or agent takes the whole Pod out of Service endpoints.',
    fix: 'Use a startupProbe to gate startup; keep a readinessProbe only where the sidecar\'s readiness is about serving traffic (a proxy on the request path).',
    link: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/753-sidecar-containers#readiness-probes',
  },
  check(_pod, ctx) {
    return ctx.facts.sidecars.flatMap((c) => {
      const dc = ctx.defaultsOf(c);
      const role = ctx.roleOf(c);
      if (!dc.readinessProbe || NO_ROLE.has(role.role)) return [];
      const gated = dc.startupProbe !== undefined || dc.lifecycle.postStart !== undefined;
      if (gated && ON_REQUEST_PATH.has(role.role)) return [];
      const instead = gated
        ? `${label(c)} is not on the request path (${role.reason}), so a failure of what it talks to takes the app out of service too`
        : 'it does not make the next container wait: add a startupProbe for that';
      return [
        {
          path: [...c.path, 'readinessProbe'],
          container: c.name,
          message: `${label(c)} is a native sidecar with a readinessProbe. It does not hold back the start of later containers (only a startupProbe or postStart hook does), but it does count towards Pod readiness: while it fails, the whole Pod is NotReady and leaves Service endpoints. Here ${instead}.`,
        },
      ];
    });
  },
};
