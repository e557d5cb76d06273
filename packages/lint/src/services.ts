/**
 * Which objects of the file select a pod: Services by their selector, for the rules that
 * ask whether a container is behind a Service (probes, graceful shutdown, named ports).
 */
import { valueAt, type ContainerView, type ManifestDocument, type PodView } from '@podsmith/manifest';
import { arrayOr, intOrStringOr, label, recordOr, stringOr, type PlainRecord } from '@podsmith/lifecycle';
import type { LintContext } from './types';

/** The pod template's labels (or the Pod's own). */
export function podLabels(pod: PodView, documents: readonly ManifestDocument[]): PlainRecord {
  return recordOr(valueAt(documents[pod.ref.documentIndex]?.value, [...pod.ref.specPath.slice(0, -1), 'metadata', 'labels'])) ?? {};
}

/** A label selector map matches when every pair is among the pod's labels. */
export function selectorMatches(selector: PlainRecord, labels: PlainRecord): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** Same namespace, as far as the file says: an object without one may be applied to any. */
export function sameNamespace(doc: ManifestDocument, pod: PodView): boolean {
  const namespace = stringOr(recordOr(recordOr(doc.value)?.metadata)?.namespace);
  return !namespace || !pod.workload.namespace || namespace === pod.workload.namespace;
}

/**
 * Services of the file whose selector picks the pod. A Service without a selector (or with
 * an empty one) selects nothing: its endpoints are managed by hand.
 */
export function servicesSelecting(pod: PodView, documents: readonly ManifestDocument[]): readonly ManifestDocument[] {
  const labels = podLabels(pod, documents);
  return documents.filter((doc) => {
    if (doc.kind !== 'Service' || !sameNamespace(doc, pod)) return false;
    const selector = recordOr(recordOr(recordOr(doc.value)?.spec)?.selector);
    return selector !== undefined && Object.keys(selector).length > 0 && selectorMatches(selector, labels);
  });
}

/** Controllers whose Pods serve for as long as they run. */
const SERVING_KINDS: ReadonlySet<string> = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

export interface ServingContainer {
  readonly container: ContainerView;
  /** Why it is taken to be behind a Service, as the start of a sentence: `"web" is behind Service "web"`. */
  readonly why: string;
}

/**
 * The application containers that serve traffic from a Service, with the evidence: a
 * Service of the file selects the pod (the containers whose ports it targets; else those
 * that declare ports; else a lone application container), or, with no Service in the
 * file, a long-running controller's containers that declare a port (not a hostPort). Helpers (proxies,
 * shippers), injected and run-to-completion containers are not among them.
 */
export function servingContainers(pod: PodView, ctx: LintContext): readonly ServingContainer[] {
  if (ctx.facts.runsToCompletion) return [];
  const apps = ctx.facts.apps.filter((c) => !c.injected);
  const withPorts = apps.filter((c) => c.ports.some((p) => p.containerPort !== undefined));
  const services = servicesSelecting(pod, ctx.documents);
  if (services.length > 0) {
    const targets = services.flatMap(targetPorts);
    const targeted = apps.filter((c) => c.ports.some((p) => targets.some((t) => t === p.containerPort || t === p.name)));
    const serving = targeted.length > 0 ? targeted : withPorts.length > 0 ? withPorts : apps.length === 1 ? apps : [];
    const names = services.map((doc) => `"${doc.name ?? ''}"`).join(', ');
    return serving.map((container) => ({ container, why: `${label(container)} is behind Service ${names}` }));
  }
  if (!SERVING_KINDS.has(pod.workload.kind)) return [];
  // Ports published as hostPorts are reached on the node, not through a Service.
  return withPorts.filter((c) => c.ports.some((p) => p.containerPort !== undefined && !p.hostPort)).map((container) => ({ container, why: `${label(container)} declares port ${portText(container)} in a ${pod.workload.kind}, so it is presumably behind a Service` }));
}

/** The container ports a Service sends to: targetPort, which defaults to port. */
function targetPorts(doc: ManifestDocument): readonly (number | string)[] {
  return arrayOr(recordOr(recordOr(doc.value)?.spec)?.ports).flatMap((p) => {
    const port = recordOr(p);
    const target = intOrStringOr(port?.targetPort) ?? intOrStringOr(port?.port);
    return target === undefined ? [] : [target];
  });
}

function portText(c: ContainerView): string {
  const port = c.ports.find((p) => p.containerPort !== undefined);
  return port?.name ? `${port.containerPort} (${port.name})` : String(port?.containerPort);
}
