/**
 * missing-image: a container without an image (validateContainerCommon), or, in a Pod and
 * for ephemeral containers, an image with spaces around it (validateContainerOnlyForPod).
 */
import { containerFinding } from '../api-validity';
import { apiError } from '../messages';
import type { RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'missing-image',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'A container has no image, or (in a Pod, and for ephemeral containers) an image with leading or trailing whitespace.',
    why: 'validateContainerCommon requires an image ("Required value"). Whitespace around it is refused only where a Pod is created (validateContainerOnlyForPod): pod templates keep accepting it for backward compatibility, and the Pods their controllers create are then rejected.',
    fix: 'Set image to a registry reference such as nginx:1.27, without surrounding spaces.',
    link: 'https://kubernetes.io/docs/concepts/containers/images/',
  },
  check(pod, ctx) {
    const isPod = pod.workload.kind === 'Pod';
    return pod.containers.flatMap((c): RawFinding[] => {
      const path = [...c.path, 'image'];
      if (c.image === '') return [containerFinding(c, path, (p) => apiError.required(p), ctx)];
      const podOnly = isPod || c.lane === 'ephemeral';
      if (podOnly && c.image !== c.image.trim()) return [containerFinding(c, path, (p) => apiError.invalid(p, c.image, 'must not have leading or trailing whitespace'), ctx)];
      return [];
    });
  },
};
