/**
 * Linkerd's proxy injector: which containers it adds and where, after
 * charts/patch/templates/patch.json. Native: linkerd-init (or, with linkerd-cni,
 * linkerd-network-validator) and linkerd-proxy first among the init containers. Not
 * native: linkerd-init last among the init containers, the proxy first among the
 * containers while it holds the app (config.linkerd.io/proxy-await, on by default), else
 * last. The containers are trimmed as in istio.ts; the corpus's goldens
 * (fixtures/corpus/real/linkerd2/*.golden.yaml) check them.
 *
 * Not modelled: namespace-level injection, and pods the injector refuses for another
 * mesh's proxy.
 */
import type { K8sContainer, PodView } from '@podsmith/manifest';
import { ghosts, hasContainer } from './lists';
import { annotation } from './podMeta';
import { LINKERD_RELEASES, releaseAt, type LinkerdRelease } from './releases';
import type { InjectContext, RunningLists } from './types';

const INJECT = 'linkerd.io/inject';
const SECURITY = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };

export function linkerd(pod: PodView, lists: RunningLists, ctx: InjectContext): RunningLists {
  const cause = annotation(pod, INJECT);
  // `enabled` and `ingress` inject, `disabled` opts out; a pod that has a proxy already is left alone.
  if (!cause || !['enabled', 'ingress'].includes(cause.value) || hasContainer(lists, 'linkerd-proxy') || pod.spec.hostNetwork === true) return lists;
  const release = releaseAt(LINKERD_RELEASES, ctx.settings.linkerd?.release);
  const injection = { by: 'linkerd', annotation: cause.key, path: cause.path } as const;
  const native = isNative(pod, release, ctx.settings.linkerd?.nativeSidecar);
  const redirect = ctx.settings.linkerd?.cni === true ? networkValidator(release) : proxyInit(release);
  const debug = annotation(pod, 'config.linkerd.io/enable-debug-sidecar')?.value === 'true' ? debugContainer(release) : undefined;
  const added = (spec: K8sContainer | undefined) => ghosts(lists, injection, [spec]);

  if (native) {
    return {
      initContainers: [...added(redirect), ...added(proxy(release, { native, await: false })), ...lists.initContainers],
      containers: [...lists.containers, ...added(debug)],
    };
  }
  const waits = annotation(pod, 'config.linkerd.io/proxy-await')?.value !== 'disabled';
  const sidecar = added(proxy(release, { native, await: waits }));
  return {
    initContainers: [...lists.initContainers, ...added(redirect)],
    containers: waits ? [...sidecar, ...lists.containers, ...added(debug)] : [...lists.containers, ...added(debug), ...sidecar],
  };
}

/** The newest annotation name the release reads wins; else the install's proxy.nativeSidecar; else the release's default. */
function isNative(pod: PodView, release: LinkerdRelease, installed: boolean | undefined): boolean {
  const written = release.nativeAnnotations.map((key) => annotation(pod, key)?.value).find((v) => v !== undefined);
  if (written === 'true' || written === 'false') return written === 'true';
  return installed ?? release.nativeDefault;
}

function proxyInit(release: LinkerdRelease): K8sContainer {
  return {
    name: 'linkerd-init',
    image: release.initImage,
    command: ['/usr/lib/linkerd/linkerd2-proxy-init'],
    args: ['--incoming-proxy-port', '4143', '--outgoing-proxy-port', '4140', '--proxy-uid', '2102', '--inbound-ports-to-ignore', '4190,4191,4567,4568', '--outbound-ports-to-ignore', '4567,4568'],
    securityContext: { ...SECURITY, privileged: false, capabilities: { add: ['NET_ADMIN', 'NET_RAW'] }, runAsGroup: 65534, runAsUser: 65534 },
  };
}

function networkValidator(release: LinkerdRelease): K8sContainer {
  return {
    name: 'linkerd-network-validator',
    image: release.proxyImage,
    command: ['/usr/lib/linkerd/linkerd2-network-validator'],
    args: ['--log-format', 'plain', '--log-level', 'debug', '--connect-addr', '1.1.1.1:20001', '--listen-addr', '0.0.0.0:4140', '--timeout', '10s'],
    securityContext: { ...SECURITY, capabilities: { drop: ['ALL'] }, runAsGroup: 65534, runAsUser: 65534 },
  };
}

function proxy(release: LinkerdRelease, mode: { readonly native: boolean; readonly await: boolean }): K8sContainer {
  return {
    name: 'linkerd-proxy',
    image: release.proxyImage,
    ports: [
      { containerPort: 4143, name: 'linkerd-proxy', protocol: 'TCP' },
      { containerPort: 4191, name: 'linkerd-admin', protocol: 'TCP' },
    ],
    // Holding the app: the containers after the proxy start once linkerd-await sees it ready.
    ...(mode.await ? { lifecycle: { postStart: { exec: { command: ['/usr/lib/linkerd/linkerd-await', '--timeout=2m', '--port=4191'] } } } } : {}),
    livenessProbe: { httpGet: { path: '/live', port: 4191 }, initialDelaySeconds: 10, timeoutSeconds: 1 },
    readinessProbe: { httpGet: { path: '/ready', port: 4191 }, initialDelaySeconds: 2, timeoutSeconds: 1 },
    ...(mode.native ? { restartPolicy: 'Always', startupProbe: { httpGet: { path: '/ready', port: 4191 }, periodSeconds: 1, failureThreshold: 120 } } : {}),
    securityContext: { ...SECURITY, runAsUser: 2102 },
  };
}

function debugContainer(release: LinkerdRelease): K8sContainer {
  return { name: 'linkerd-debug', image: release.proxyImage.replace(/\/proxy:/, '/debug:') };
}
