/**
 * sidecar-prestop-exits: a native sidecar whose preStop hook makes it exit. Sidecar
 * preStop hooks run as soon as termination begins, in parallel with the app's, so the
 * sidecar goes away while the app still needs it.
 */
import { label, preStopExit } from '@podsmith/lifecycle';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'sidecar-prestop-exits',
  category: 'lifecycle',
  severity: 'warning',
  k8s: { since: '1.29' },
  docs: {
    summary: 'A native sidecar\'s preStop hook makes the sidecar exit (`kill 1`, pkill, `/quitquitquit`, `nginx -s quit`).',
    why: 'Sidecar preStop hooks start as soon as Pod termination begins, in parallel with the app\'s. A hook that ends the sidecar removes it while the regular containers still need it; the kubelet only sends sidecars SIGTERM after the app has exited for exactly this reason. Restarting sidecars during termination is not done today (KEP-4438, SidecarsRestartableDuringPodTermination, alpha in 1.37).',
    fix: 'Let the kubelet send SIGTERM; keep the preStop hook to draining (stop accepting new work) without exiting.',
    link: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/753-sidecar-containers#termination-of-containers',
  },
  check(_pod, ctx) {
    return ctx.facts.sidecars.flatMap((c) => {
      const how = preStopExit(c, ctx);
      if (!how) return [];
      return [
        {
          path: [...c.path, 'lifecycle', 'preStop'],
          container: c.name,
          message: `${label(c)}'s preStop hook makes it exit (\`${how}\`). A native sidecar's preStop hook runs as soon as the Pod starts terminating, at the same time as the app's, so ${label(c)} is gone while the regular containers may still need it; the kubelet would otherwise stop it only after they have exited. Remove the exit from the hook (keep only draining, such as failing readiness) and let the kubelet send SIGTERM.`,
        },
      ];
    });
  },
};
