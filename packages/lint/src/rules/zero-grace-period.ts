/**
 * zero-grace-period: terminationGracePeriodSeconds 0 on a pod that relies on an ordered
 * shutdown: preStop hooks, or native sidecars that should stop after the app.
 */
import { DEFAULT_GRACE_PERIOD_SECONDS, labels, preStopSeconds } from '@podsmith/lifecycle';
import { setGracePeriod, SHUTDOWN_HEADROOM_SECONDS } from '../fixes';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'zero-grace-period',
  category: 'lifecycle',
  severity: 'warning',
  docs: {
    summary: 'terminationGracePeriodSeconds is 0 on a Pod with preStop hooks or native sidecars.',
    why: 'With a grace period of 0 the containers are killed straight away: preStop hooks are skipped and native sidecars get no ordered shutdown after the app, so logs are lost and connections cut (pod-lifecycle.md, termination flow).',
    fix: 'Use a grace period above 0 that covers the hooks and the shutdown (the default is 30 s).',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination',
  },
  check(pod, ctx) {
    if (ctx.defaulted.terminationGracePeriodSeconds !== 0) return [];
    const hooked = pod.containers.filter((c) => ctx.defaultsOf(c).lifecycle.preStop);
    const { sidecars } = ctx.facts;
    if (hooked.length === 0 && sidecars.length === 0) return [];
    const lost = [
      hooked.length > 0 && `the preStop hooks of ${labels(hooked)} are skipped`,
      sidecars.length > 0 && `the sidecars ${labels(sidecars)} get no ordered shutdown after the app`,
    ].filter(Boolean);
    return [
      {
        path: [...pod.ref.specPath, 'terminationGracePeriodSeconds'],
        message: `terminationGracePeriodSeconds is 0: the containers are killed straight away, so ${lost.join(' and ')}.`,
      },
    ];
  },
  fix(_finding, pod, ctx) {
    const longest = Math.max(0, ...pod.containers.map((c) => preStopSeconds(ctx.defaultsOf(c)) ?? 0).filter(Number.isFinite));
    return setGracePeriod(pod, Math.max(DEFAULT_GRACE_PERIOD_SECONDS, longest + SHUTDOWN_HEADROOM_SECONDS));
  },
};
