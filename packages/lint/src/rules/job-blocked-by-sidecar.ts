/**
 * job-blocked-by-sidecar: a Job (or a Pod that runs to completion) whose helper is a
 * regular container. The Pod completes only when every regular container has exited,
 * and a proxy, log shipper or agent never does: the Job hangs after the work is done.
 */
import { containerAt, moveToNativeSidecar } from '../fixes';
import { completionBlockers, label, labels } from '@podsmith/lifecycle';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'job-blocked-by-sidecar',
  category: 'lifecycle',
  severity: 'error',
  docs: {
    summary: 'A Job or run-to-completion Pod has a long-running helper (proxy, log shipper, agent, git-sync, `sleep infinity`) as a regular container.',
    why: 'A Pod completes only when all its regular containers have exited. The app finishes, the helper keeps running, so the Pod never completes and the Job never finishes (KEP-753 "jobs with sidecar containers"; istio#11045, cloud-sql-proxy#128). With restartPolicy Never a helper that crashes or is OOM-killed is not restarted either.',
    fix: 'Make the helper a native sidecar: move it to initContainers with restartPolicy: Always (Kubernetes 1.29+). Native sidecars are stopped once the regular containers have exited and do not hold the Job back.',
    link: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/753-sidecar-containers#problems-jobs-with-sidecar-containers',
  },
  check(pod, ctx) {
    const blockers = completionBlockers(ctx, ctx.version);
    if (blockers.length === 0) return [];
    const kind = pod.workload.kind;
    const owner = kind === 'Job' || kind === 'CronJob' ? 'the Pod never completes and the Job never finishes' : 'the Pod never completes';
    const never = ctx.defaulted.restartPolicy === 'Never' ? ' With restartPolicy Never, a helper that crashes or is OOM-killed is not restarted either.' : '';
    const remedy = ctx.nativeSidecars
      ? 'Make it a native sidecar (initContainers with restartPolicy: Always): it is stopped after the app has exited.'
      : `Native sidecars need Kubernetes 1.29+; on ${ctx.version} the app has to stop the helper itself when it is done.`;
    return blockers.map(({ container: c, reason, restarted }) => {
      const others = ctx.facts.apps.filter((app) => app !== c);
      const when = others.length > 0 ? `When ${labels(others)} finish${others.length === 1 ? 'es' : ''}, ${label(c)} keeps running, so ${owner}` : `${label(c)} keeps running, so ${owner}`;
      const message = restarted
        ? `${label(c)} runs as a regular container of a ${kind} that runs to completion, and the legacy workaround that stops it does not work: ${reason}, so ${owner}. ${ctx.nativeSidecars ? remedy : `On ${ctx.version}, stop it in a way it exits 0 on (its shutdown endpoint, or a flag such as --exit-zero-on-sigterm), or use restartPolicy: Never.`}`
        : `${label(c)} runs as a regular container of a ${kind} that runs to completion, and it never exits: ${reason}. ${when}.${never} ${remedy}`;
      return { path: c.path, container: c.name, message };
    });
  },
  fix(finding, pod, ctx) {
    const c = containerAt(pod, finding.path);
    return c ? moveToNativeSidecar(pod, c, ctx) : [];
  },
};
