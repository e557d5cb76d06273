/**
 * no-graceful-shutdown: a long-running application container behind a Service with no
 * preStop hook. When the Pod is deleted, the container gets SIGTERM at the moment its
 * endpoint is removed, while kube-proxy, ingress controllers and load balancers still
 * send it new connections for a few seconds.
 */
import { FEATURE_SINCE } from '@podsmith/lifecycle';
import { servingContainers } from '../services';
import type { RawFinding, Rule } from '../types';

/** Long enough for endpoint removal to reach kube-proxy and most load balancers. */
const DRAIN_SECONDS = 5;

export const rule: Rule = {
  id: 'no-graceful-shutdown',
  category: 'best-practice',
  severity: 'info',
  docs: {
    summary: 'A long-running application container behind a Service has no preStop hook to let traffic drain before it stops.',
    why: 'Deleting a Pod removes it from the Service\'s endpoints and sends SIGTERM at the same time. kube-proxy on every node, ingress controllers and cloud load balancers learn about the removal a moment later, and meanwhile still send new connections to a container that is shutting down: they fail. A short preStop sleep keeps the container serving until they have caught up; the grace period (terminationGracePeriodSeconds) must cover the sleep and the shutdown. "Behind a Service" is decided as for missing-probes; a grace period of 0 is zero-grace-period\'s business. An Istio gateway is not reported: its agent drains connections on SIGTERM.',
    fix: `Add lifecycle.preStop.sleep.seconds: ${DRAIN_SECONDS} (the sleep action, Kubernetes ${FEATURE_SINCE.sleepAction}+; before that an exec hook running sleep), and keep terminationGracePeriodSeconds above it plus the app's own shutdown time.`,
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination',
  },
  check(pod, ctx) {
    const grace = ctx.defaulted.terminationGracePeriodSeconds;
    if (grace === 0) return [];
    const hook = ctx.atLeast(FEATURE_SINCE.sleepAction) ? `lifecycle.preStop.sleep.seconds: ${DRAIN_SECONDS}` : `a preStop exec hook running "sleep ${DRAIN_SECONDS}"`;
    return servingContainers(pod, ctx).flatMap(({ container: c, why }): RawFinding[] =>
      ctx.defaultsOf(c).lifecycle.preStop || ctx.roleOf(c).product === 'istio-gateway'
        ? []
        : [{ path: c.path, container: c.name, message: `${why}, and has no preStop hook: when the Pod is deleted it gets SIGTERM as its endpoint is removed, while kube-proxy and load balancers still send it new connections for a few seconds, which fail. Add ${hook}, within the grace period of ${grace} s.` }],
    );
  },
};
