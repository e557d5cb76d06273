/**
 * log-shipper-not-native: a log or metrics shipper declared as a regular container.
 * On shutdown every regular container gets SIGTERM at once, so the shipper stops
 * reading while the app is still writing its last lines.
 */
import { containerAt, moveToNativeSidecar } from '../fixes';
import { label, labels, regularLogShippers } from '@podsmith/lifecycle';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'log-shipper-not-native',
  category: 'lifecycle',
  severity: 'warning',
  docs: {
    summary: 'A log or metrics shipper (Fluent Bit, Fluentd, Vector, Promtail, Filebeat, OpenTelemetry Collector, Datadog agent, or a container tailing the app\'s log files) is a regular container.',
    why: 'Regular containers get SIGTERM together, in no set order. The shipper pauses its inputs and may exit before the app has written and flushed its last log lines, which are lost (KEP-753 "log forwarding and metrics sidecar"; aws-for-fluent-bit#201, fluent-bit#6400). A native sidecar gets SIGTERM only after every regular container has exited.',
    fix: 'Move the shipper to initContainers with restartPolicy: Always (a native sidecar, Kubernetes 1.29+). Before 1.29, the legacy pattern: give the shipper a preStop hook that waits until the app has exited (with shareProcessNamespace: while pgrep the app; sleep 1; done), so it keeps reading until the last line, and a grace period long enough for both.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
  },
  check(_pod, ctx) {
    return regularLogShippers(ctx).map((c) => {
      const remedy = ctx.nativeSidecars
        ? `Move ${label(c)} to initContainers with restartPolicy: Always: a native sidecar is stopped only after the app has exited.`
        : `Native sidecars need Kubernetes 1.29+; on ${ctx.version}, give ${label(c)} a preStop hook that waits until the app has exited (with shareProcessNamespace: true, \`while pgrep <app>; do sleep 1; done\`), so it reads until the last line, and a terminationGracePeriodSeconds that covers both.`;
      return {
        path: c.path,
        container: c.name,
        message: `${label(c)} is a log shipper (${ctx.roleOf(c).reason}) declared as a regular container. On shutdown it gets SIGTERM at the same time as ${labels(ctx.facts.apps)}, in no set order: it stops reading its inputs and may exit before the app has written and flushed its last lines, which are then lost. ${remedy}`,
      };
    });
  },
  fix(finding, pod, ctx) {
    const c = containerAt(pod, finding.path);
    return c && ctx.nativeSidecars ? moveToNativeSidecar(pod, c, ctx) : [];
  },
};
