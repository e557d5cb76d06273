/**
 * sidecar-resources-summed: native sidecars' requests are added to the regular
 * containers' (init containers only count as a maximum), so sidecars that request a lot
 * make the Pod much bigger than its app.
 */
import type { ContainerView } from '@podsmith/manifest';
import { label } from '@podsmith/lifecycle';
import { formatQuantity, parseQuantity } from '../quantity';
import type { LintContext, RawFinding, Rule } from '../types';

const RESOURCES = ['cpu', 'memory'] as const;
/** Report when sidecars make up at least this share of the Pod's effective request. */
const SIDECAR_SHARE = 0.5;

export const rule: Rule = {
  id: 'sidecar-resources-summed',
  category: 'lifecycle',
  severity: 'info',
  k8s: { since: '1.29' },
  docs: {
    summary: "Native sidecars make up half or more of the Pod's effective cpu or memory request.",
    why: 'The scheduler reserves max(max over init containers i of (init_i + sidecars declared before i), sum of sidecars + sum of regular containers). A regular init container only counts as a maximum, but a sidecar runs for the Pod\'s whole life and is added to every regular container: moving a big init container to a sidecar, or copying its requests, inflates the Pod (sidecar-containers.md "Resource sharing within containers").',
    fix: 'Size the sidecars\' requests for what they use while the app runs.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/#resource-sharing-within-containers',
  },
  check(pod, ctx) {
    const { sidecars, mains } = ctx.facts;
    if (sidecars.length === 0) return [];
    return RESOURCES.flatMap((resource): RawFinding[] => {
      const request = (c: ContainerView) => parseQuantity(ctx.defaultsOf(c).resources.requests[resource]) ?? 0;
      const appSum = sum(mains.map(request));
      if (appSum === 0) return []; // no requests on the app: nothing to compare with
      const sidecarSum = sum(sidecars.map(request));
      const effective = effectiveRequest(pod.containers, request, ctx);
      if (sidecarSum === 0 || sidecarSum < SIDECAR_SHARE * effective) return [];
      const biggest = sidecars.reduce((a, b) => (request(b) > request(a) ? b : a));
      const percent = Math.round((100 * sidecarSum) / effective);
      return [
        {
          path: [...biggest.path, 'resources'],
          container: biggest.name,
          message: `Native sidecars request ${formatQuantity(resource, sidecarSum)} ${resource} of the Pod's ${formatQuantity(resource, effective)} (${percent}%; ${label(biggest)} alone ${formatQuantity(resource, request(biggest))}). Sidecar requests are added to the regular containers' for the Pod's whole life, unlike init containers, which only count as a maximum.`,
        },
      ];
    });
  },
};

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The Pod's effective request (KEP-753 resources formula), without overhead. */
function effectiveRequest(containers: readonly ContainerView[], request: (c: ContainerView) => number, ctx: LintContext): number {
  let sidecarsSoFar = 0;
  let initPeak = 0;
  for (const c of containers) {
    if (c.lane === 'sidecar') sidecarsSoFar += request(c);
    else if (c.lane === 'init') initPeak = Math.max(initPeak, request(c) + sidecarsSoFar);
  }
  return Math.max(initPeak, sidecarsSoFar + sum(ctx.facts.mains.map(request)));
}
