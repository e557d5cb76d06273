/**
 * init-container-probes-or-hooks: probes or lifecycle hooks on an init container that is
 * not a native sidecar. The API server rejects them: a run-to-completion container is
 * never probed and has no hooks (validateInitContainers).
 */
import { apiError } from '../messages';
import type { Rule } from '../types';
import { FEATURE_SINCE } from '@podsmith/lifecycle';

/** In the order validateInitContainers checks them. */
const FIELDS = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

export const rule: Rule = {
  id: 'init-container-probes-or-hooks',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'An init container without restartPolicy: Always has lifecycle, livenessProbe, readinessProbe or startupProbe (before 1.28: any init container).',
    why: 'Only native sidecars may have probes and hooks; the API server rejects them on run-to-completion init containers. This often means restartPolicy: Always was lost (a webhook or API server built against pre-1.28 types dropped it, istio#52245), leaving a proxy that also never exits.',
    fix: 'Make it a native sidecar (restartPolicy: Always, Kubernetes 1.29+), or drop the probes and hooks.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/#differences-from-regular-containers',
  },
  check(pod, ctx) {
    // Without native sidecars the API server drops restartPolicy (1.28, gate off) or never knew it (1.27).
    const checked = pod.containers.filter((c) => c.lane === 'init' || (c.lane === 'sidecar' && !ctx.nativeSidecars));
    const detail = ctx.atLeast(FEATURE_SINCE.restartPolicyField) ? 'may not be set for init containers without restartPolicy=Always' : 'must not be set for init containers';
    return checked.flatMap((c) =>
      FIELDS.filter((field) => c.spec[field] !== undefined && c.spec[field] !== null).map((field) => {
        const path = [...c.path, field];
        return { path, container: c.name, message: apiError.forbidden(ctx.apiPath(path), detail) };
      }),
    );
  },
};
