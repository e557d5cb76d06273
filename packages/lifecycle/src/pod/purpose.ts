/**
 * Which container is the pod's purpose, decided before another is called its helper. A
 * proxy is a helper when it serves an application beside it; when the proxy is what the
 * pod runs (an Envoy Gateway or Contour data plane beside its shutdown manager, an
 * ingress gateway), there is no application to start before or to outlive, and advice
 * to make it a native sidecar is wrong. Evidence that the proxy is the workload:
 *
 * 1. another container of the pod manages it: a control plane or shutdown manager of
 *    that proxy (PROXY_MANAGERS, each with its source);
 * 2. the pod is labelled as a gateway by the project that deploys it
 *    (GATEWAY_LABELS): Gateway API implementations and Istio label their gateway pods.
 *
 * Only regular containers are considered: a native sidecar is a helper by its place.
 */
import { valueAt, type ContainerView, type PodView } from '@podsmith/manifest';
import { parseImage } from './image';
import { recordOr, stringOr } from './plain';
import type { RoleInfo } from './roles';

interface ProxyManager {
  /** Image name (last segment), or `owner/name`. */
  readonly image: string;
  readonly what: string;
  readonly source: string;
}

/** Containers that exist to run a proxy: next to one of them, the proxy is the workload. */
const PROXY_MANAGERS: readonly ProxyManager[] = [
  { image: 'contour', what: 'Contour', source: 'https://projectcontour.io/docs/main/redeploy-envoy/' },
  { image: 'envoyproxy/gateway', what: "Envoy Gateway's shutdown manager", source: 'https://gateway.envoyproxy.io/docs/tasks/operations/graceful-shutdown/' },
  { image: 'gloo', what: 'Gloo', source: 'https://docs.solo.io/gloo-edge/latest/reference/architecture/' },
  { image: 'ambassador', what: 'Ambassador', source: 'https://www.getambassador.io/docs/emissary/latest/topics/concepts/architecture' },
  { image: 'emissary', what: 'Emissary-ingress', source: 'https://www.getambassador.io/docs/emissary/latest/topics/concepts/architecture' },
];

/** Pod labels that gateway controllers set on the pods they deploy. */
const GATEWAY_LABELS: readonly { readonly key: string; readonly value?: RegExp; readonly source: string }[] = [
  { key: 'gateway.envoyproxy.io/owning-gateway-name', source: 'https://gateway.envoyproxy.io/docs/tasks/operations/customize-envoyproxy/' },
  { key: 'gateway.networking.k8s.io/gateway-name', source: 'https://gateway-api.sigs.k8s.io/geps/gep-1762/' },
  { key: 'istio', value: /^(ingress|egress)gateway$/, source: 'https://istio.io/latest/docs/setup/additional-setup/gateway/' },
];

const PROXY_ROLES = new Set(['mesh-proxy']);

/** The regular containers whose proxy role is the pod's workload, with their role as `app`. */
export function workloadProxies(pod: PodView, roles: ReadonlyMap<ContainerView, RoleInfo>): ReadonlyMap<ContainerView, RoleInfo> {
  const proxies = pod.containers.filter((c) => c.lane === 'main' && PROXY_ROLES.has(roles.get(c)?.role ?? 'unknown'));
  if (proxies.length === 0) return new Map();
  const why = managedBy(pod) ?? gatewayLabel(pod);
  if (!why) return new Map();
  return new Map(
    proxies.map((c) => {
      const info = roles.get(c);
      return [c, { role: 'app', reason: `${info?.reason}, and ${why}: the proxy is the pod's workload, not a helper`, ...(info?.product && { product: info.product }) }];
    }),
  );
}

function managedBy(pod: PodView): string | undefined {
  for (const c of pod.containers) {
    const image = parseImage(c.image);
    const manager = PROXY_MANAGERS.find((m) => m.image === image.name || m.image === `${image.owner}/${image.name}`);
    if (manager) return `${manager.what} runs beside it ("${c.name}")`;
  }
  return undefined;
}

function gatewayLabel(pod: PodView): string | undefined {
  const labels = recordOr(valueAt(pod.workload.object, [...pod.ref.specPath.slice(pod.workload.path.length, -1), 'metadata', 'labels'])) ?? {};
  for (const { key, value } of GATEWAY_LABELS) {
    const v = stringOr(labels[key]);
    if (v !== undefined && (!value || value.test(v))) return `the pod is labelled ${key}: ${v}`;
  }
  return undefined;
}
