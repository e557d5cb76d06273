/**
 * proxy-not-native: a mesh or database proxy declared as a regular container. The app
 * may start before the proxy can route, and the proxy may stop before the app drains.
 */
import { containerAt, moveToNativeSidecar } from '../fixes';
import { label, labels, type Role, roleNoun } from '@podsmith/lifecycle';
import type { Rule } from '../types';

const PROXIES: ReadonlySet<Role> = new Set(['mesh-proxy', 'db-proxy']);

export const rule: Rule = {
  id: 'proxy-not-native',
  category: 'lifecycle',
  severity: 'warning',
  k8s: { since: '1.29' },
  docs: {
    summary: 'A mesh proxy (istio-proxy, linkerd-proxy, Envoy) or database proxy (Cloud SQL Auth Proxy, PgBouncer) is a regular container.',
    why: 'Regular containers start together: the app can open connections before the proxy is ready and get "connection refused" (istio#11130). They also stop together: the proxy can exit before the app has drained its connections (istio#7136). A native sidecar with a startupProbe is ready before the app starts and stops after it.',
    fix: 'Move the proxy to initContainers with restartPolicy: Always and a startupProbe (Kubernetes 1.29+). On older clusters: Istio\'s holdApplicationUntilProxyStarts and a drain duration.',
    link: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/753-sidecar-containers#problems-service-mesh-or-metrics-sidecars',
  },
  check(_pod, ctx) {
    const { facts } = ctx;
    if (facts.apps.length === 0) return [];
    return facts.mains.flatMap((c) => {
      const role = ctx.roleOf(c);
      if (!PROXIES.has(role.role)) return [];
      // holdApplicationUntilProxyStarts: the proxy comes first and its postStart hook waits until it is ready.
      const held = c.ref.index === 0 && ctx.defaultsOf(c).lifecycle.postStart !== undefined;
      const start = held
        ? 'Its postStart hook holds the app until it is ready, '
        : `It starts alongside ${labels(facts.apps)}, which may open connections before the proxy is ready (connection refused), `;
      return [
        {
          path: c.path,
          container: c.name,
          message: `${label(c)} is a ${roleNoun(role.role)} (${role.reason}) declared as a regular container. ${start}and on shutdown it gets SIGTERM together with the app, so it may stop before the app has drained its connections. Move it to initContainers with restartPolicy: Always and a startupProbe: a native sidecar is ready before the app starts and stops after it.`,
        },
      ];
    });
  },
  fix(finding, pod, ctx) {
    const c = containerAt(pod, finding.path);
    return c ? moveToNativeSidecar(pod, c, ctx) : [];
  },
};
