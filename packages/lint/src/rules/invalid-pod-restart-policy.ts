/**
 * invalid-pod-restart-policy: a pod restartPolicy the API server rejects for the kind that
 * holds it (validateRestartPolicy; apps ValidatePodTemplateSpecForReplicaSet, StatefulSet
 * and DaemonSet spec validation; batch ValidateJobSpec), and activeDeadlineSeconds in the
 * template of a controller that keeps pods running.
 */
import type { PodView } from '@podsmith/manifest';
import { apiError } from '../messages';
import { isRecord, recordOr } from '@podsmith/lifecycle';
import type { RawFinding, Rule } from '../types';

/** validateRestartPolicy's list, in its order. */
const POD_POLICIES = ['Always', 'OnFailure', 'Never'];
/** Who rejects activeDeadlineSeconds, by the name the message gives. */
const LONG_RUNNING: Readonly<Record<string, string>> = { Deployment: 'ReplicaSet', ReplicaSet: 'ReplicaSet', StatefulSet: 'StatefulSet', DaemonSet: 'DaemonSet' };

export const rule: Rule = {
  id: 'invalid-pod-restart-policy',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'A pod restartPolicy other than Always, OnFailure or Never; a Deployment, ReplicaSet, StatefulSet or DaemonSet template that is not Always or sets activeDeadlineSeconds; a Job or CronJob template that is not OnFailure or Never (a missing one defaults to Always); OnFailure with a podFailurePolicy.',
    why: 'Controllers that keep pods running replace a pod that stops, so their templates must restart containers (Always) and may not give pods a deadline. A Job pod has to finish, so its template needs OnFailure or Never; the API server fills a missing restartPolicy with Always before the Job check, which is why a Job without one is rejected. A podFailurePolicy reads container exit codes, which only Never keeps.',
    fix: 'Workloads: remove restartPolicy (Always) and activeDeadlineSeconds from the template. Jobs: set restartPolicy: Never (or OnFailure without podFailurePolicy).',
    link: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template',
  },
  check(pod, ctx) {
    const policyPath = [...pod.ref.specPath, 'restartPolicy'];
    const policy = ctx.defaulted.restartPolicy;
    const at = (path: readonly (string | number)[], message: (p: string) => string): RawFinding => ({ path, message: message(ctx.apiPath(path)) });
    const findings: RawFinding[] = [];
    if (!POD_POLICIES.includes(policy)) findings.push(at(policyPath, (p) => apiError.notSupported(p, policy, POD_POLICIES)));
    const kind = pod.workload.kind;
    const owner = LONG_RUNNING[kind];
    if (owner) {
      if (policy !== 'Always') findings.push(at(policyPath, (p) => apiError.notSupported(p, policy, ['Always'])));
      const deadline = [...pod.ref.specPath, 'activeDeadlineSeconds'];
      if (pod.spec.activeDeadlineSeconds !== undefined && pod.spec.activeDeadlineSeconds !== null) {
        findings.push(at(deadline, (p) => apiError.forbidden(p, `activeDeadlineSeconds in ${owner} is not Supported`)));
      }
    }
    if (kind === 'Job' || kind === 'CronJob') {
      if (policy !== 'OnFailure' && policy !== 'Never') findings.push(at(policyPath, (p) => apiError.notSupported(p, policy, ['OnFailure', 'Never'])));
      else if (policy !== 'Never' && hasPodFailurePolicy(pod)) findings.push(at(policyPath, (p) => apiError.invalid(p, policy, 'only "Never" is supported when podFailurePolicy is specified')));
    }
    return findings;
  },
};

function hasPodFailurePolicy(pod: PodView): boolean {
  const object = pod.workload.object;
  const jobSpec = pod.workload.kind === 'CronJob' ? recordOr(recordOr(recordOr(object.spec)?.jobTemplate)?.spec) : recordOr(object.spec);
  return isRecord(jobSpec?.podFailurePolicy);
}
