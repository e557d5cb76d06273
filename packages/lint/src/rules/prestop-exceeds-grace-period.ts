/**
 * prestop-exceeds-grace-period: an exec preStop hook that sleeps at least as long as the
 * grace period. The API server cannot look inside an exec hook, so it accepts it; the
 * kubelet cuts the hook off.
 */
import { containerAt, setGracePeriod, SHUTDOWN_HEADROOM_SECONDS } from '../fixes';
import { execScript, label, preStopSeconds } from '@podsmith/lifecycle';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'prestop-exceeds-grace-period',
  category: 'lifecycle',
  severity: 'warning',
  docs: {
    summary: 'An exec preStop hook sleeps or waits as long as terminationGracePeriodSeconds or longer.',
    why: 'The preStop hook runs inside the grace period. When the period runs out the kubelet gives the hook a one-off 2 s more, then sends SIGTERM and SIGKILL: the rest of the hook and the app\'s own shutdown never happen (kubernetes#65496, #117373). The API server rejects a sleep action that is too long, but cannot see inside an exec hook.',
    fix: 'Raise terminationGracePeriodSeconds above the hook\'s duration plus the app\'s shutdown time, or shorten the hook (a sleep action is checked by the API server).',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination',
  },
  check(pod, ctx) {
    const grace = ctx.defaulted.terminationGracePeriodSeconds;
    if (grace === 0) return []; // zero-grace-period says it
    return pod.containers.flatMap((c) => {
      const dc = ctx.defaultsOf(c);
      if (execScript(dc.lifecycle.preStop) === undefined) return [];
      const seconds = preStopSeconds(dc);
      if (seconds === undefined || seconds < grace) return [];
      return [
        {
          path: [...c.path, 'lifecycle', 'preStop', 'exec'],
          container: c.name,
          message: `${label(c)}'s preStop hook sleeps ${seconds} s, but terminationGracePeriodSeconds is ${grace}: the kubelet cuts the hook off when the period runs out (plus a one-off 2 s), then sends SIGTERM and SIGKILL, so the rest of the hook and the app's own shutdown never run. The API server cannot see inside an exec hook, so it accepts this.`,
        },
      ];
    });
  },
  fix(finding, pod, ctx) {
    const c = containerAt(pod, finding.path);
    const seconds = c && preStopSeconds(ctx.defaultsOf(c));
    return seconds === undefined || seconds === Infinity ? [] : setGracePeriod(pod, seconds + SHUTDOWN_HEADROOM_SECONDS);
  },
};
