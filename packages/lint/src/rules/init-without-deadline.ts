/**
 * init-without-deadline: a Pod or Job whose initialization waits for something outside
 * the pod with no bound, and no activeDeadlineSeconds to give up. A hung init container
 * blocks the Pod for ever.
 */
import type { ContainerView } from '@podsmith/manifest';
import { initStatus, label, recordOr, unboundedWaitReason } from '@podsmith/lifecycle';
import type { LintContext, Rule } from '../types';

export const rule: Rule = {
  id: 'init-without-deadline',
  category: 'lifecycle',
  severity: 'info',
  docs: {
    summary: 'A Pod, Job or CronJob has an init container (or a sidecar postStart hook) that polls for something with no timeout, and no activeDeadlineSeconds.',
    why: 'Initialization has no time limit of its own: an init container waiting for a Service that never comes keeps the Pod in Init for ever, holding its resources and, for a Job, never failing. activeDeadlineSeconds bounds the whole Pod (it cannot be set on Deployment or other long-running templates, so those are not reported).',
    fix: 'Set activeDeadlineSeconds on the Pod, or on the Job spec, or give the wait a timeout.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/#detailed-behavior',
  },
  check(pod, ctx) {
    const kind = pod.workload.kind;
    if ((kind !== 'Pod' && kind !== 'Job' && kind !== 'CronJob') || hasDeadline(pod.workload.object, ctx)) return [];
    const target = kind === 'Pod' ? 'the Pod' : 'the Job (spec.activeDeadlineSeconds) or its Pod template';
    return pod.containers.flatMap((c) => {
      const reason = waitReason(c, ctx);
      if (!reason) return [];
      return [
        {
          path: c.path,
          container: c.name,
          message: `${label(c)} ${reason.replace(/^it /, '')}: if what it waits for never comes, the Pod stays in ${initStatus(pod, c)} for ever and nothing gives up. Set activeDeadlineSeconds on ${target} so it fails instead.`,
        },
      ];
    });
  },
};

/** How an init container or a sidecar's postStart hook waits without a bound. */
function waitReason(c: ContainerView, ctx: LintContext): string | undefined {
  if (c.lane === 'init') return unboundedWaitReason(ctx.runOf(c));
  if (c.lane !== 'sidecar') return undefined;
  const hook = ctx.hookRunOf(c, ctx.defaultsOf(c).lifecycle.postStart);
  const reason = hook && unboundedWaitReason(hook);
  return reason && `has a postStart hook that holds startup: ${reason}`;
}

/** activeDeadlineSeconds on the pod spec, the Job spec, or a CronJob's job template. */
function hasDeadline(object: Readonly<Record<string, unknown>>, ctx: LintContext): boolean {
  if (ctx.defaulted.activeDeadlineSeconds !== undefined) return true;
  const spec = recordOr(object.spec);
  const jobSpec = object.kind === 'CronJob' ? recordOr(recordOr(spec?.jobTemplate)?.spec) : spec;
  return typeof jobSpec?.activeDeadlineSeconds === 'number';
}
