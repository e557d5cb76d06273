/**
 * sidecar-nonzero-exit-in-job: a legacy sidecar in a Job that exits non-zero on SIGTERM.
 * Once it is stopped, its exit code counts like the app's: the Pod fails (Never) or the
 * container is restarted (OnFailure). Native sidecars' exit codes are ignored.
 */
import type { ContainerView, Edit } from '@podsmith/manifest';
import { hasFlag, label, NONZERO_ON_SIGTERM } from '@podsmith/lifecycle';
import { containerAt } from '../fixes';
import type { LintContext, Rule } from '../types';

export const rule: Rule = {
  id: 'sidecar-nonzero-exit-in-job',
  category: 'lifecycle',
  severity: 'warning',
  docs: {
    summary: 'A legacy sidecar in a Job exits non-zero on SIGTERM (Cloud SQL Auth Proxy v2 and AlloyDB Auth Proxy exit 143 without --exit-zero-on-sigterm).',
    why: 'A regular container\'s exit code decides the Pod\'s outcome: with restartPolicy Never the Pod is marked Failed and the Job counts a failure; with OnFailure the kubelet restarts the helper and the Pod never completes. Exit codes of native sidecars are ignored (sidecar-containers.md).',
    fix: 'Make the helper a native sidecar, or pass --exit-zero-on-sigterm.',
    link: 'https://github.com/GoogleCloudPlatform/cloud-sql-proxy#--exit-zero-on-sigterm',
  },
  check(_pod, ctx) {
    if (!ctx.facts.runsToCompletion) return [];
    const outcome =
      ctx.defaulted.restartPolicy === 'OnFailure'
        ? 'with restartPolicy OnFailure the kubelet restarts it and the Pod never completes'
        : 'with restartPolicy Never the Pod is marked Failed and the Job counts a failure';
    return ctx.facts.mains.flatMap((c) => {
      const flag = missingFlag(c, ctx);
      if (!flag) return [];
      return [
        {
          path: c.path,
          container: c.name,
          message: `${label(c)} (${ctx.roleOf(c).product}) exits with code 143 when it gets SIGTERM unless it runs with --${flag}. As a regular container of a Job its exit code counts: ${outcome}. Pass --${flag}, or make it a native sidecar (initContainers with restartPolicy: Always), whose exit code is ignored.`,
        },
      ];
    });
  },
  fix(finding, pod, ctx) {
    const c = containerAt(pod, finding.path);
    const flag = c && missingFlag(c, ctx);
    if (!c || !flag) return [];
    const edit: Edit = { kind: 'setContainerField', pod: pod.ref, container: c.ref, field: ['args'], value: [...c.args, `--${flag}`] };
    return [edit];
  },
};

/** The exit-zero flag a known helper lacks, or undefined. Cloud SQL's v1 image (gce-proxy) exits 0. */
function missingFlag(c: ContainerView, ctx: LintContext): string | undefined {
  const product = ctx.roleOf(c).product;
  const flag = product === undefined || c.image.includes('gce-proxy') ? undefined : NONZERO_ON_SIGTERM[product];
  return flag && !hasFlag([...c.command, ...c.args], flag) ? flag : undefined;
}
