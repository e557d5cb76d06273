/**
 * invalid-restart-rules: container restartPolicyRules the API server rejects
 * (validateContainerRestartPolicy, validateInitContainerRestartPolicy), or drops because
 * ContainerRestartRules is off by default at the target version (1.34).
 */
import { containerFinding } from '../api-validity';
import { arrayOr, FEATURE_SINCE } from '@podsmith/lifecycle';
import { restartRulesErrors } from '../restart-policy';
import type { RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'invalid-restart-rules',
  category: 'api-validity',
  severity: 'error',
  // Before 1.34 the field does not exist (unknown-field).
  k8s: { since: FEATURE_SINCE.restartPolicyRulesField },
  docs: {
    summary: 'restartPolicyRules that do nothing (1.34: ContainerRestartRules is alpha and off) or are rejected: no container restartPolicy, an action other than Restart, an operator other than In or NotIn, no exitCodes, more than 20 rules or 255 exit codes, rules on a sidecar before 1.36.',
    why: 'Restart rules let one container be restarted on some exit codes whatever the pod restartPolicy (KEP-5307). validateContainerRestartPolicy needs the container restartPolicy they refine, and sidecars (restartPolicy: Always) take rules only with RestartAllContainers (on by default from 1.36). On 1.34 the feature gate is off by default and the API server silently drops the rules.',
    fix: 'Set the container restartPolicy (Never or OnFailure), keep to action: Restart and exitCodes with operator In or NotIn, and target 1.35 or newer.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restart-rules',
  },
  check(pod, ctx) {
    const withRules = pod.containers.filter((c) => c.lane !== 'ephemeral' && arrayOr(c.spec.restartPolicyRules).length > 0);
    if (!ctx.atLeast(FEATURE_SINCE.containerRestartRules)) {
      return withRules.map(
        (c): RawFinding =>
          containerFinding(c, [...c.path, 'restartPolicyRules'], (p) => `${p}: dropped: ContainerRestartRules is alpha and off by default in ${ctx.version}, so the API server removes the rules and the container follows the pod restartPolicy`, ctx),
      );
    }
    return withRules.flatMap((c) => restartRulesErrors(c, ctx));
  },
};
