/**
 * native-sidecar-unsupported-version: `restartPolicy: Always` on an init container for a
 * cluster that does not run native sidecars. The field is dropped and the sidecar becomes
 * a plain init container, which the Pod waits for to exit.
 */
import { FEATURE_SINCE, initStatus, label } from '@podsmith/lifecycle';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'native-sidecar-unsupported-version',
  category: 'lifecycle',
  severity: 'error',
  k8s: { until: FEATURE_SINCE.nativeSidecars },
  docs: {
    summary: 'A native sidecar (init container with restartPolicy: Always) for a target version without native sidecars: before 1.28 the field is unknown, in 1.28 the SidecarContainers gate is alpha and off.',
    why: 'The API server drops the unknown or disabled field, so the sidecar becomes a plain init container. The Pod then waits for it to exit before starting the next container; a sidecar normally never exits, so the Pod stays in Init. 1.28 with the gate on also had different termination semantics.',
    fix: 'Target Kubernetes 1.29 or later (beta, on by default; GA in 1.33), or use the legacy pattern (a regular container) on older clusters.',
    link: 'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/#SidecarContainers',
  },
  check(pod, ctx) {
    const why = ctx.atLeast(FEATURE_SINCE.restartPolicyField)
      ? `SidecarContainers is alpha and off by default in Kubernetes ${ctx.version}, so the API server drops restartPolicy: Always`
      : `Kubernetes ${ctx.version} does not know restartPolicy on init containers, so the API server drops it (strict decoding rejects it)`;
    return ctx.facts.sidecars.map((c) => ({
      path: [...c.path, 'restartPolicy'],
      container: c.name,
      message: `${label(c)} is declared as a native sidecar, but ${why}. It becomes a plain init container: the next container starts only after it exits, and a sidecar that never exits leaves the Pod in ${initStatus(pod, c)}. Target Kubernetes 1.29 or later, or on ${ctx.version} declare it as a regular container (the legacy pattern).`,
    }));
  },
};
