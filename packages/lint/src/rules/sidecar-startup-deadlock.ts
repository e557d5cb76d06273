/**
 * sidecar-startup-deadlock: a native sidecar whose startup gate (startupProbe or
 * postStart hook) waits for a port that only a container starting later serves. The
 * later container waits for the sidecar, the sidecar waits for it: initialization
 * never ends (KEP-753 Risks, Scenario 7, seen with Knative).
 */
import { initStatus, label, startupDeadlocks } from '@podsmith/lifecycle';
import type { Rule } from '../types';

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
    return ctx.facts.sidecars.flatMap((c) =>
      startupDeadlocks(c, ctx).map(({ path, gate, waitsFor }) => ({
        path,
        container: c.name,
        message: `${label(c)}'s ${gate} ${waitsFor}. The sidecar counts as started only when its ${gate} has succeeded, and the containers after it wait for that, so the Pod never leaves initialization (${initStatus(pod, c)}).`,
      })),
    );
  },
};
