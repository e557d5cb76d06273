/**
 * sidecar-named-port-unresolved: a Service targetPort or NetworkPolicy port name that
 * only a native sidecar declares, for a target before 1.32. Until then endpoints and
 * network policies only looked at regular containers' ports (kubernetes#127958).
 */
import { valueAt, type ContainerView, type ManifestDocument, type PodView, type YamlPath } from '@podsmith/manifest';
import { arrayOr, FEATURE_SINCE, label, type PlainRecord, recordOr, stringOr } from '@podsmith/lifecycle';
import { podLabels, selectorMatches } from '../services';
import type { RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'sidecar-named-port-unresolved',
  category: 'network',
  severity: 'warning',
  k8s: { since: FEATURE_SINCE.nativeSidecars, until: FEATURE_SINCE.sidecarNamedPorts },
  docs: {
    summary: 'A Service targetPort or NetworkPolicy ingress port name that only a native sidecar declares, for a target version before 1.32.',
    why: 'Before Kubernetes 1.32 the endpoints controller resolved named ports on regular containers only, so a Service whose targetPort names a sidecar port gets no endpoints for it (kubernetes#127958, fixed by #127976 and #128850); network policy implementations had the same gap (kubernetes#125285, calico#8881).',
    fix: 'Use a numeric targetPort (the port number), or target Kubernetes 1.32 or later. The quick fix writes the number the sidecar declares for that name.',
    link: 'https://github.com/kubernetes/kubernetes/issues/127958',
  },
  check(pod, ctx) {
    const sidecarOnly = sidecarOnlyPortNames(ctx.facts.sidecars, ctx.facts.mains);
    if (sidecarOnly.size === 0) return [];
    const labels = podLabels(pod, ctx.documents);
    return ctx.documents.flatMap((doc) =>
      namedPortsSelecting(doc, pod, labels).flatMap(({ name, path, what }): RawFinding[] => {
        const sidecar = sidecarOnly.get(name);
        if (!sidecar) return [];
        return [
          {
            path,
            documentIndex: doc.index,
            container: sidecar.name,
            message: `${what} names port "${name}", which only the native sidecar ${label(sidecar)} declares. Before Kubernetes ${FEATURE_SINCE.sidecarNamedPorts}, named ports on sidecars are not resolved, so on ${ctx.version} ${doc.kind === 'Service' ? 'the Service gets no endpoints for this port and traffic to it fails' : 'the policy does not match this port'}.`,
          },
        ];
      }),
    );
  },
  fix(finding, pod, ctx) {
    // The name's number, from the sidecar that declares it: the Service or policy then means the same port.
    const name = valueAt(ctx.documents[finding.documentIndex]?.value, finding.path);
    const sidecar = pod.containers.find((c) => c.name === finding.container);
    const port = typeof name === 'string' ? sidecar?.ports.find((p) => p.name === name)?.containerPort : undefined;
    return port === undefined ? [] : [{ kind: 'setDocumentField', documentIndex: finding.documentIndex, path: finding.path, value: port }];
  },
};

/** Port name → the sidecar declaring it, for names no regular container declares. */
function sidecarOnlyPortNames(sidecars: readonly ContainerView[], mains: readonly ContainerView[]): ReadonlyMap<string, ContainerView> {
  const onMains = new Set(mains.flatMap((c) => c.ports.map((p) => p.name)));
  const out = new Map<string, ContainerView>();
  for (const c of sidecars) for (const p of c.ports) if (p.name && !onMains.has(p.name) && !out.has(p.name)) out.set(p.name, c);
  return out;
}

interface NamedPort {
  readonly name: string;
  readonly path: YamlPath;
  readonly what: string;
}

/** Named ports of a Service or NetworkPolicy document that selects the pod. */
function namedPortsSelecting(doc: ManifestDocument, pod: PodView, labels: PlainRecord): readonly NamedPort[] {
  const value = recordOr(doc.value);
  const spec = recordOr(value?.spec);
  const metadata = recordOr(value?.metadata);
  const namespace = stringOr(metadata?.namespace);
  if (!spec || (namespace && pod.workload.namespace && namespace !== pod.workload.namespace)) return [];
  const objectName = `${doc.kind} ${JSON.stringify(doc.name ?? '')}`;
  if (doc.kind === 'Service') {
    const selector = recordOr(spec.selector);
    if (!selector || !selectorMatches(selector, labels)) return [];
    return arrayOr(spec.ports).flatMap((p, i) => {
      const name = stringOr(recordOr(p)?.targetPort);
      return name ? [{ name, path: ['spec', 'ports', i, 'targetPort'], what: `${objectName} targetPort` }] : [];
    });
  }
  if (doc.kind === 'NetworkPolicy') {
    const selector = recordOr(spec.podSelector);
    // matchExpressions are not evaluated: without them the policy is not known to select the pod.
    if (!selector || arrayOr(selector.matchExpressions).length > 0 || !selectorMatches(recordOr(selector.matchLabels) ?? {}, labels)) return [];
    return arrayOr(spec.ingress).flatMap((rule, i) =>
      arrayOr(recordOr(rule)?.ports).flatMap((p, j) => {
        const name = stringOr(recordOr(p)?.port);
        return name ? [{ name, path: ['spec', 'ingress', i, 'ports', j, 'port'], what: `${objectName} ingress port` }] : [];
      }),
    );
  }
  return [];
}
