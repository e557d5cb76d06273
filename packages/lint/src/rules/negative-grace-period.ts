/**
 * negative-grace-period: a negative terminationGracePeriodSeconds. The API server accepts it
 * with a warning and treats it as 1 second (pkg/api/pod/warnings.go).
 */
import { apiWarning } from '../messages';
import { numberOr } from '@podsmith/lifecycle';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'negative-grace-period',
  category: 'api-validity',
  severity: 'warning',
  docs: {
    summary: 'terminationGracePeriodSeconds is negative: the API server warns and treats it as 1 second.',
    why: 'A negative grace period used to mean "kill at once" to some clients; the API server keeps accepting it for compatibility but warns ("must be >= 0; negative values are invalid and will be treated as 1"), and the pod then gets SIGTERM and, 1 second later, SIGKILL: preStop hooks and sidecars have no time to drain.',
    fix: 'Use 0 to stop at once, or a grace period long enough for preStop hooks and shutdown (the default is 30).',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination',
  },
  check(pod, ctx) {
    const grace = numberOr(pod.spec.terminationGracePeriodSeconds);
    if (grace === undefined || grace >= 0) return [];
    const path = [...pod.ref.specPath, 'terminationGracePeriodSeconds'];
    return [{ path, message: apiWarning(ctx.apiPath(path), 'must be >= 0; negative values are invalid and will be treated as 1') }];
  },
};
