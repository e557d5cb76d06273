/**
 * sidecar-without-startup-probe: a native sidecar that later containers depend on, with
 * nothing that holds their start until it is ready.
 */
import { containerAt, startupProbeFor } from '../fixes';
import { label, unguardedDependency } from '@podsmith/lifecycle';
import type { Rule } from '../types';

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
  check(_pod, ctx) {
    return ctx.facts.sidecars.flatMap((c) => {
      const dependency = unguardedDependency(c, ctx);
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
