/**
 * Istio's sidecar injector (istiod's webhook): which containers it adds to a pod and
 * where. The containers are written as the injection template writes them (trimmed to
 * what the lifecycle reads: args, ports, probes, hooks, restartPolicy, securityContext,
 * resources; no env and no volume mounts, whose volumes the model does not add); the
 * order is istio/istio pkg/kube/inject/webhook.go reorderPod. The corpus's inputs and
 * outputs (fixtures/corpus/real/istio/inject__*) check both.
 *
 * Not modelled: templates other than `sidecar` and `gateway` (grpc-agent, custom ones),
 * revision labels (istio.io/rev), namespace-level injection (a manifest does not say
 * its namespace's labels), `sidecar.istio.io/init-containers-before-proxy`, and a user's
 * own `istio-proxy` container being moved to the init containers in native mode.
 */
import type { K8sContainer, PodView } from '@podsmith/manifest';
import { ghosts } from './lists';
import { annotation, label, type MetaValue } from './podMeta';
import { ISTIO_AUTO_NATIVE_SINCE_MINOR, ISTIO_RELEASES, releaseAt, type IstioNativeMode } from './releases';
import type { InjectContext, RunningLists } from './types';

const RESOURCES = { limits: { cpu: '2', memory: '1Gi' }, requests: { cpu: '100m', memory: '128Mi' } };
const READY = { httpGet: { path: '/healthz/ready', port: 15021 } };

/** `sidecar.istio.io/inject`: the label wins over the (deprecated) annotation, as in istio's injectRequired. */
function trigger(pod: PodView): MetaValue | undefined {
  return label(pod, 'sidecar.istio.io/inject') ?? annotation(pod, 'sidecar.istio.io/inject');
}

/** Istio reads the value case-insensitively: y, yes, true, on inject. */
const says = (value: string) => ['y', 'yes', 'true', 'on'].includes(value.toLowerCase());

export function istio(pod: PodView, lists: RunningLists, ctx: InjectContext): RunningLists {
  const cause = trigger(pod);
  // Injected pods carry sidecar.istio.io/status; host-network pods are skipped by istiod.
  if (!cause || !says(cause.value) || annotation(pod, 'sidecar.istio.io/status') || pod.spec.hostNetwork === true) return lists;
  const templates = (annotation(pod, 'inject.istio.io/templates')?.value ?? 'sidecar').split(',').map((t) => t.trim());
  const release = releaseAt(ISTIO_RELEASES, ctx.settings.istio?.release);
  const injection = { by: 'istio', annotation: cause.key, path: cause.path } as const;

  if (!templates.includes('sidecar')) {
    // The gateway template adds (or fills in) the proxy as the pod's workload; other templates are not modelled.
    if (!templates.includes('gateway')) return lists;
    return { ...lists, containers: [...lists.containers, ...ghosts(lists, injection, [proxy(release.proxyImage, { native: false, hold: false, gateway: true })])] };
  }

  const modeText = release.nativeAnnotation ? annotation(pod, release.nativeAnnotation)?.value : undefined;
  const native = isNative(modeText, ctx.settings.istio?.enableNativeSidecars ?? release.nativeDefault, ctx.k8sMinor);
  const hold = /holdApplicationUntilProxyStarts:\s*true/.test(annotation(pod, 'proxy.istio.io/config')?.value ?? '');
  const intercepts = annotation(pod, 'sidecar.istio.io/interceptionMode')?.value !== 'NONE';
  const cni = ctx.settings.istio?.cni === true;
  const redirect = intercepts ? initContainer(release.proxyImage, cni) : undefined;
  const sidecar = proxy(release.proxyImage, { native, hold, gateway: false });

  if (native) {
    // {istio-init | istio-validation} => istio-proxy => the pod's init containers.
    return { ...lists, initContainers: [...ghosts(lists, injection, [redirect, sidecar]), ...lists.initContainers] };
  }
  // istio-validation first, istio-init last (so the pod's init containers are not redirected yet);
  // the proxy last among the containers, or first when it holds the application.
  const [added] = ghosts(lists, injection, [sidecar]);
  return {
    initContainers: cni
      ? [...ghosts(lists, injection, [redirect]), ...lists.initContainers]
      : [...lists.initContainers, ...ghosts(lists, injection, [redirect])],
    containers: added ? (hold ? [added, ...lists.containers] : [...lists.containers, added]) : lists.containers,
  };
}

/** The annotation (`"true"`/`"false"`) takes precedence over istiod's ENABLE_NATIVE_SIDECARS. */
function isNative(annotationValue: string | undefined, mode: IstioNativeMode, k8sMinor: number): boolean {
  if (annotationValue === 'true' || annotationValue === 'false') return annotationValue === 'true';
  if (mode === 'auto') return k8sMinor >= ISTIO_AUTO_NATIVE_SINCE_MINOR;
  return mode === 'true';
}

function initContainer(image: string, cni: boolean): K8sContainer {
  const args = ['istio-iptables', '-p', '15001', '-z', '15006', '-u', '1337', '-m', 'REDIRECT', '-i', '*', '-x', '', '-b', '*', '-d', '15090,15021,15020', '--log_output_level=default:info'];
  if (cni) {
    // With istio-cni the CNI plugin redirects traffic; the init container only checks it works.
    return {
      name: 'istio-validation',
      image,
      args: [...args, '--run-validation', '--skip-rule-apply'],
      resources: RESOURCES,
      securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, privileged: false, readOnlyRootFilesystem: true, runAsGroup: 1337, runAsNonRoot: true, runAsUser: 1337 },
    };
  }
  return {
    name: 'istio-init',
    image,
    args,
    resources: RESOURCES,
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { add: ['NET_ADMIN', 'NET_RAW'], drop: ['ALL'] },
      privileged: false,
      readOnlyRootFilesystem: false,
      runAsGroup: 0,
      runAsNonRoot: false,
      runAsUser: 0,
    },
  };
}

function proxy(image: string, mode: { readonly native: boolean; readonly hold: boolean; readonly gateway: boolean }): K8sContainer {
  // A native proxy drains on preStop; holding the application waits for the proxy in postStart.
  const lifecycle = {
    ...(mode.hold ? { postStart: { exec: { command: ['pilot-agent', 'wait'] } } } : {}),
    ...(mode.native ? { preStop: { exec: { command: ['pilot-agent', 'request', '--debug-port=15020', 'POST', 'drain'] } } } : {}),
  };
  return {
    name: 'istio-proxy',
    image,
    // A gateway's proxy runs as `proxy router`: it is the pod's workload, not a sidecar.
    args: ['proxy', mode.gateway ? 'router' : 'sidecar', '--domain', '$(POD_NAMESPACE).svc.cluster.local', '--proxyLogLevel=warning', '--proxyComponentLogLevel=misc:error', '--log_output_level=default:info'],
    ports: [{ containerPort: 15090, name: 'http-envoy-prom', protocol: 'TCP' }],
    ...(Object.keys(lifecycle).length > 0 ? { lifecycle } : {}),
    readinessProbe: { ...READY, periodSeconds: 15, timeoutSeconds: 3, failureThreshold: 4 },
    startupProbe: { ...READY, periodSeconds: 1, timeoutSeconds: 3, failureThreshold: 600 },
    resources: RESOURCES,
    ...(mode.native ? { restartPolicy: 'Always' } : {}),
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, privileged: false, readOnlyRootFilesystem: true, runAsGroup: 1337, runAsNonRoot: true, runAsUser: 1337 },
  };
}
