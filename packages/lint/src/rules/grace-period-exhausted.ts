/**
 * grace-period-exhausted: the pod's grace period is one budget for every container.
 * Native sidecars only get SIGTERM after the last regular container has exited, so a
 * long preStop hook in the app plus the sidecars' own drain can use it all up.
 */
import type { ContainerView, PodView } from '@podsmith/manifest';
import { drainOf, label, preStopSeconds } from '@podsmith/lifecycle';
import { setGracePeriod, SHUTDOWN_HEADROOM_SECONDS } from '../fixes';
import type { LintContext, Rule } from '../types';

export const rule: Rule = {
  id: 'grace-period-exhausted',
  category: 'lifecycle',
  severity: 'warning',
  k8s: { since: '1.29' },
  docs: {
    summary: "A regular container's preStop hook plus the native sidecars' drain time uses up terminationGracePeriodSeconds.",
    why: 'terminationGracePeriodSeconds is one budget for the whole Pod. preStop hooks run first; native sidecars get SIGTERM only after every regular container has exited, then stop one at a time in reverse order. When the budget runs out, everything still running gets SIGTERM and 2 s later SIGKILL, so a log shipper loses its last lines or a proxy cuts connections (KEP-753 "Termination of containers").',
    fix: 'Raise terminationGracePeriodSeconds to cover the longest preStop hook, the app\'s shutdown and the sidecars\' drain, or shorten the hooks.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#termination-with-sidecars',
  },
  check(pod, ctx) {
    const budget = budgetOf(pod, ctx);
    if (!budget) return [];
    const { longest, seconds, drain, drains } = budget;
    const grace = ctx.defaulted.terminationGracePeriodSeconds;
    const left = grace - seconds - drain;
    return [
      {
        path: [...longest.path, 'lifecycle', 'preStop'],
        container: longest.name,
        message: `The grace period is one budget of ${grace} s for the whole Pod: ${label(longest)}'s preStop hook takes ${seconds} s, and the native sidecars only get SIGTERM after every regular container has exited, then drain one at a time (${drains}). That leaves ${left > 0 ? `${left} s` : 'no time'} for the app to shut down; when the period runs out, everything still running gets SIGTERM and 2 s later SIGKILL.`,
      },
    ];
  },
  fix(_finding, pod, ctx) {
    const budget = budgetOf(pod, ctx);
    return budget ? setGracePeriod(pod, budget.seconds + budget.drain + SHUTDOWN_HEADROOM_SECONDS) : [];
  },
};

interface Budget {
  /** The regular container with the longest preStop hook that fits in the grace period. */
  readonly longest: ContainerView;
  readonly seconds: number;
  readonly drain: number;
  readonly drains: string;
}

/**
 * The termination budget when it is exhausted, else undefined. Hooks that alone exceed the
 * grace period are left to prestop-exceeds-grace-period and invalid-lifecycle-hook.
 */
function budgetOf(pod: PodView, ctx: LintContext): Budget | undefined {
  const { facts, defaulted } = ctx;
  if (facts.sidecars.length === 0) return undefined;
  const grace = defaulted.terminationGracePeriodSeconds;
  let longest: { container: ContainerView; seconds: number } | undefined;
  for (const c of facts.mains) {
    const seconds = preStopSeconds(ctx.defaultsOf(c));
    if (seconds !== undefined && seconds > 0 && seconds < grace && seconds > (longest?.seconds ?? 0)) longest = { container: c, seconds };
  }
  if (!longest) return undefined;
  const drains = facts.sidecars.flatMap((c) => {
    const drain = drainOf(ctx.roleOf(c), ctx.defaultsOf(c), pod);
    return drain ? [{ c, drain }] : [];
  });
  const drain = drains.reduce((sum, d) => sum + d.drain.seconds, 0);
  if (longest.seconds + drain < grace) return undefined;
  return {
    longest: longest.container,
    seconds: longest.seconds,
    drain,
    drains: drains.map((d) => `${label(d.c)}: ${d.drain.source}`).join(', ') || 'their drain time is unknown',
  };
}
