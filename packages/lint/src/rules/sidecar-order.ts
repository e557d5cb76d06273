/**
 * sidecar-order: a sidecar declared after another sidecar that needs it. Sidecars start
 * in declaration order and stop in reverse order, so the one used by others must come
 * first: then it is up before them and still up while they shut down.
 */
import { earlierUser, label } from '@podsmith/lifecycle';
import { containerAt } from '../fixes';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'sidecar-order',
  category: 'lifecycle',
  severity: 'warning',
  k8s: { since: '1.29' },
  docs: {
    summary: 'A native sidecar used by another sidecar (a mesh proxy used by a log shipper, a port another sidecar connects to) is declared after it.',
    why: 'Sidecars start in declaration order and stop in reverse order. A sidecar declared after one that needs it starts too late, and at shutdown is stopped first, while the other still needs it: a log shipper behind the mesh proxy cannot flush its last lines.',
    fix: 'Reorder initContainers: declare the sidecar that others use first.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#termination-with-sidecars',
  },
  check(_pod, ctx) {
    return ctx.facts.sidecars.flatMap((helper) => {
      const user = earlierUser(helper, ctx);
      if (!user) return [];
      return [
        {
          path: helper.path,
          container: helper.name,
          message: `${label(helper)} is declared after the sidecar ${label(user.container)}, which needs it: ${user.reason}. Sidecars start in declaration order and stop in reverse order, so ${label(user.container)} starts before ${label(helper)} is up, and at shutdown ${label(helper)} stops first while ${label(user.container)} still needs it. Declare ${label(helper)} before ${label(user.container)} in initContainers.`,
        },
      ];
    });
  },
  fix(finding, pod, ctx) {
    const helper = containerAt(pod, finding.path);
    const user = helper && earlierUser(helper, ctx);
    if (!helper || !user) return [];
    // The index counts sidecars; the user comes before the helper, so cutting the helper does not shift it.
    return [{ kind: 'moveContainer', pod: pod.ref, container: helper.ref, lane: 'sidecar', index: ctx.facts.sidecars.indexOf(user.container) }];
  },
};
