/**
 * invalid-init-restart-policy: an init container restartPolicy the target version does not
 * accept (validateInitContainerRestartPolicy): only Always (a native sidecar) until
 * ContainerRestartRules is on by default (1.35), then Always, Never or OnFailure.
 */
import { restartPolicyOf, unsupportedRestartPolicy, CONTAINER_RESTART_POLICIES } from '../restart-policy';
import type { Rule } from '../types';
import { FEATURE_SINCE } from '@podsmith/lifecycle';

export const rule: Rule = {
  id: 'invalid-init-restart-policy',
  category: 'api-validity',
  severity: 'error',
  // Before 1.29 the SidecarContainers gate is off and the API server drops the field.
  k8s: { since: FEATURE_SINCE.nativeSidecars },
  docs: {
    summary: 'An init container restartPolicy other than Always (before 1.35), or other than Always, Never or OnFailure (1.35+, ContainerRestartRules).',
    why: 'restartPolicy: Always is what makes an init container a native sidecar. Until ContainerRestartRules (alpha 1.34, beta 1.35) no other value exists, so validateInitContainerRestartPolicy answers "Unsupported value: \\"OnFailure\\": supported values: \\"Always\\"". From 1.35 Never and OnFailure are accepted and only change how that init container is restarted.',
    fix: 'Use restartPolicy: Always for a sidecar, or remove the field for a run-to-completion init container (it then follows the pod restartPolicy).',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restart-policy',
  },
  check(pod, ctx) {
    const supported = ctx.atLeast(FEATURE_SINCE.containerRestartRules) ? CONTAINER_RESTART_POLICIES : ['Always'];
    return pod.containers.filter((c) => c.ref.list === 'initContainers' && restartPolicyOf(c) !== undefined).flatMap((c) => unsupportedRestartPolicy(c, supported, ctx));
  },
};
