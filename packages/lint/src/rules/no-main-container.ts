/**
 * no-main-container: a pod without a regular container. validateContainers requires at
 * least one; init containers and native sidecars do not count.
 */
import { arrayOr } from '@podsmith/lifecycle';
import { apiError } from '../messages';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'no-main-container',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'The pod has no regular container (spec.containers is missing or empty); init containers and native sidecars alone do not make a pod.',
    why: 'validateContainers rejects an empty list ("spec.containers: Required value"). A pod of sidecars only has nothing to wait for: sidecars start for the main containers and stop after them (KEP-753).',
    fix: 'Add the application container under spec.containers, or move the container that does the work out of initContainers.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
  },
  check(pod, ctx) {
    if (arrayOr(pod.spec.containers).length > 0) return [];
    const path = [...pod.ref.specPath, 'containers'];
    return [{ path, message: apiError.required(ctx.apiPath(path)) }];
  },
};
