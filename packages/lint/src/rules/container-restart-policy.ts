/**
 * container-restart-policy: restartPolicy on a regular container. Forbidden until
 * ContainerRestartRules is on by default (1.35, validateContainers); from then on it must be
 * Always, Never or OnFailure (validateContainerRestartPolicy).
 */
import { containerFinding } from '../api-validity';
import { apiError } from '../messages';
import { restartPolicyOf, unsupportedRestartPolicy, CONTAINER_RESTART_POLICIES } from '../restart-policy';
import type { Rule } from '../types';
import { FEATURE_SINCE } from '@podsmith/lifecycle';

export const rule: Rule = {
  id: 'container-restart-policy',
  category: 'api-validity',
  severity: 'error',
  // Before 1.28 the field does not exist (unknown-field).
  k8s: { since: FEATURE_SINCE.restartPolicyField },
  docs: {
    summary: 'restartPolicy set on a regular container: forbidden before 1.35; from 1.35 (ContainerRestartRules) it must be Always, Never or OnFailure.',
    why: 'Container-level restartPolicy was made for init containers (Always = native sidecar). On a regular container validateContainers answers "Forbidden: may not be set for non-init containers" until ContainerRestartRules is on by default (1.35). Written to make a helper a sidecar, it is in the wrong list: a sidecar is an initContainers entry (linkerd2#11465).',
    fix: 'To make it a native sidecar, move the container to initContainers and keep restartPolicy: Always; otherwise remove the field (the pod restartPolicy applies), or target 1.35+.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restart-rules',
  },
  check(pod, ctx) {
    const regular = pod.containers.filter((c) => c.ref.list === 'containers' && restartPolicyOf(c) !== undefined);
    if (ctx.atLeast(FEATURE_SINCE.containerRestartRules)) return regular.flatMap((c) => unsupportedRestartPolicy(c, CONTAINER_RESTART_POLICIES, ctx));
    return regular.map((c) => containerFinding(c, [...c.path, 'restartPolicy'], (p) => apiError.forbidden(p, 'may not be set for non-init containers'), ctx));
  },
};
