/**
 * grace-period-exhausted: the pod's grace period is one budget for every container.
 * Native sidecars only get SIGTERM after the last regular container has exited, so a
 * long preStop hook in the app plus the sidecars' own drain can use it all up. The
 * lifecycle simulator's termination, on its default assumptions, decides it.
 */
import { gracePeriodOverrun, label, type DeadlineOverrun, type PodModel } from '@podsmith/lifecycle';
import { setGracePeriod, SHUTDOWN_HEADROOM_SECONDS } from '../fixes';
import type { Rule } from '../types';

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
  check(_pod, ctx) {
    const overrun = overrunOf(ctx, ctx.version);
    if (!overrun) return [];
    const { cause, preStop, grace, late } = overrun;
    const drain = drainSeconds(overrun);
    const drains = overrun.drains.map((d) => `${label(d.container)}: ${d.shutdown.why}`).join(', ');
    const order = `the native sidecars only get SIGTERM after every regular container has exited, then drain one at a time (${drains})`;
    const end = 'when the period runs out, everything still running gets SIGTERM and 2 s later SIGKILL.';
    if (preStop) {
      const left = grace - preStop.seconds - drain;
      return [
        {
          path: [...cause.path, 'lifecycle', 'preStop'],
          container: cause.name,
          message: `The grace period is one budget of ${grace} s for the whole Pod: ${label(cause)}'s preStop hook takes ${preStop.seconds} s, and ${order}. That leaves ${left > 0 ? `${left} s` : 'no time'} for the app to shut down; ${end}`,
        },
      ];
    }
    return [
      {
        path: cause.path,
        container: cause.name,
        message: `The grace period is one budget of ${grace} s for the whole Pod, and ${order}: ${late.map(label).join(', ')} ${late.length === 1 ? 'is' : 'are'} still running when it ends; ${end}`,
      },
    ];
  },
  fix(_finding, pod, ctx) {
    const overrun = overrunOf(ctx, ctx.version);
    return overrun ? setGracePeriod(pod, (overrun.preStop?.seconds ?? 0) + drainSeconds(overrun) + SHUTDOWN_HEADROOM_SECONDS) : [];
  },
};

/** The overrun this rule is about: native sidecars share the budget, and no single hook exceeds it (prestop-exceeds-grace-period says that). */
function overrunOf(model: PodModel, version: string): DeadlineOverrun | undefined {
  const overrun = gracePeriodOverrun(model, version);
  return overrun?.rule === 'grace-period-exhausted' ? overrun : undefined;
}

function drainSeconds(overrun: DeadlineOverrun): number {
  return overrun.drains.reduce((sum, d) => sum + d.shutdown.seconds, 0);
}
