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
  k8s: { since: '1.29' },
  docs: {
    summary: 'A log or metrics shipper (Fluent Bit, Fluentd, Vector, Promtail, Filebeat, OpenTelemetry Collector, Datadog agent, or a container tailing the app\'s log files) is a regular container.',
    why: 'Regular containers get SIGTERM together, in no set order. The shipper pauses its inputs and may exit before the app has written and flushed its last log lines, which are lost (KEP-753 "log forwarding and metrics sidecar"; aws-for-fluent-bit#201, fluent-bit#6400). A native sidecar gets SIGTERM only after every regular container has exited.',
    fix: 'Move the shipper to initContainers with restartPolicy: Always (a native sidecar, Kubernetes 1.29+).',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
  },
  check(_pod, ctx) {
    return regularLogShippers(ctx).map((c) => ({
      path: c.path,
      container: c.name,
      message: `${label(c)} is a log shipper (${ctx.roleOf(c).reason}) declared as a regular container. On shutdown it gets SIGTERM at the same time as ${labels(ctx.facts.apps)}, in no set order: it stops reading its inputs and may exit before the app has written and flushed its last lines, which are then lost. As a native sidecar it would be stopped only after the app has exited.`,
    }));
  },
  fix(finding, pod, ctx) {
    const c = containerAt(pod, finding.path);
    return c ? moveToNativeSidecar(pod, c, ctx) : [];
  },
};
