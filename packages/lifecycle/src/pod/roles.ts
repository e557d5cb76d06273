/**
 * What a container is for. Several lifecycle rules only make sense for a kind of
 * helper (a log shipper must outlive the app, a proxy must start before it), so the pod
 * model decides each container's role once, with a reason the UI can show, for the
 * linter and the simulator alike.
 */
import type { ContainerView, PodView } from '@podsmith/manifest';
import { hasFlag, runsForeverReason, scriptOf, tailedPaths } from './command';
import { parseImage, type ImageRef } from './image';

export type Role = 'app' | 'log-shipper' | 'mesh-proxy' | 'db-proxy' | 'secret-agent' | 'git-sync' | 'one-shot-init' | 'unknown';

export interface RoleInfo {
  readonly role: Role;
  /** Short evidence, for people: `image istio/proxyv2 running "proxy sidecar"`. */
  readonly reason: string;
  /** The product recognised: `istio-proxy`, `linkerd-proxy`, `fluent-bit`, `cloud-sql-proxy`, ... */
  readonly product?: string;
  /** Why the container never exits on its own (a daemon), when the role implies it. */
  readonly runsForever?: string;
}

const ROLE_NOUNS: Readonly<Record<Role, string>> = {
  app: 'application container',
  'log-shipper': 'log shipper',
  'mesh-proxy': 'mesh proxy',
  'db-proxy': 'database proxy',
  'secret-agent': 'secret agent',
  'git-sync': 'git-sync container',
  'one-shot-init': 'one-shot init container',
  unknown: 'container of unknown purpose',
};

/** The role in words: `mesh proxy`, `log shipper`. */
export function roleNoun(role: Role): string {
  return ROLE_NOUNS[role];
}

/** Roles of containers that exist to serve another container: the helpers lifecycle rules are about. */
export const HELPER_ROLES: ReadonlySet<Role> = new Set(['log-shipper', 'mesh-proxy', 'db-proxy', 'secret-agent', 'git-sync']);

/**
 * The role of one container of a pod, decided from evidence in this order:
 *
 * 1. The image names a known product (registry host ignored, so mirrors match):
 *    - mesh proxies: Istio `proxyv2` running `proxy sidecar`, Linkerd `proxy`, Envoy,
 *      Consul dataplane. The same images also run one-shot inits (`istio-iptables`,
 *      `linkerd2-proxy-init`), and `proxy router` or an Envoy driven by Contour in the same
 *      pod is a gateway: the pod's workload, so `app`;
 *    - database proxies: Cloud SQL Auth Proxy (v1 `gce-proxy`, v2 `cloud-sql-proxy`),
 *      AlloyDB Auth Proxy, PgBouncer;
 *    - log and metrics shippers: Fluent Bit, Fluentd, Vector, Promtail, Filebeat, the
 *      OpenTelemetry Collector, the Datadog agent;
 *    - secret agents: `vault agent` (one-shot with `-exit-after-auth`);
 *    - git-sync (one-shot with `--one-time`).
 *    The command and the name only refine what the image says (which mode of the image
 *    runs); a name alone is never enough.
 * 2. Usage, for images Podsmith does not know: a container that tails files (`tail -f`, a
 *    tail input with a `path=`) in a volume another container mounts writable is a log
 *    shipper. Usage is evidence, not proof, so both halves are required: a web server
 *    serving files that git-sync writes reads a shared volume but tails nothing, and
 *    stays `app`. (A read-only mount strengthens the case but is not required: the
 *    Kubernetes documentation's own log-shipper examples mount writable.)
 * 3. Otherwise by place: a regular init container is `one-shot-init` (what init
 *    containers are for) unless its command runs forever; a native sidecar is `unknown`;
 *    a regular container is `app`, or `unknown` when its name says helper (`sidecar`,
 *    `agent`, `proxy`, `logger`, ...) but nothing else does.
 *
 * `unknown` never triggers a rule that depends on a role.
 */
export function containerRole(container: ContainerView, pod: PodView): RoleInfo {
  return classify(container, pod, writersByVolume(pod));
}

/** The role of every container of a pod, computed once (rules look roles up many times). */
export function podRoles(pod: PodView): ReadonlyMap<ContainerView, RoleInfo> {
  const writers = writersByVolume(pod);
  return new Map(pod.containers.map((c) => [c, classify(c, pod, writers)]));
}

type Writers = ReadonlyMap<string, readonly ContainerView[]>;

function classify(c: ContainerView, pod: PodView, writers: Writers): RoleInfo {
  const argv = [...c.command, ...c.args];
  const image = parseImage(c.image);
  for (const recognise of BY_IMAGE) {
    const info = recognise(c, image, argv, pod);
    if (info) return info;
  }
  return byUsage(c, argv, writers) ?? byPlace(c, argv);
}

type Recogniser = (c: ContainerView, image: ImageRef, argv: readonly string[], pod: PodView) => RoleInfo | undefined;

const daemon = (product: string) => `${product} serves until it is stopped`;

const istio: Recogniser = (c, image, argv) => {
  if (image.name === 'proxy_init') return oneShot('istio-init', "Istio's iptables init image (proxy_init)");
  if (image.name !== 'proxyv2') return undefined;
  const words = argv.join(' ');
  if (/\bistio-iptables\b/.test(words)) return oneShot('istio-init', 'image istio/proxyv2 running `istio-iptables` (traffic redirection set-up)');
  if (argv[0] === 'proxy' && argv[1] === 'router') return { role: 'app', reason: 'image istio/proxyv2 running `proxy router`: an Istio gateway, the proxy is the workload', product: 'istio-gateway' };
  if (argv[0] === 'proxy' || (argv.length === 0 && /proxy/.test(c.name))) {
    return { role: 'mesh-proxy', reason: `image istio/proxyv2${argv.length > 0 ? ' running `proxy sidecar`' : ` named "${c.name}"`}`, product: 'istio-proxy', runsForever: daemon('the Istio proxy') };
  }
  if (argv.length === 0 && /init|validation/.test(c.name)) return oneShot('istio-init', `image istio/proxyv2 named "${c.name}"`);
  return undefined;
};

const linkerd: Recogniser = (_c, image, argv) => {
  if (image.owner !== 'linkerd' && image.owner !== 'linkerd-io') return undefined;
  if (image.name === 'proxy-init') return oneShot('linkerd-init', "Linkerd's iptables init image (proxy-init)");
  if (image.name !== 'proxy') return undefined;
  if (/proxy-init|network-validator/.test(argv.join(' '))) return oneShot('linkerd-init', 'image linkerd/proxy running its init tool (iptables or network validation)');
  return { role: 'mesh-proxy', reason: 'image linkerd/proxy', product: 'linkerd-proxy', runsForever: daemon('the Linkerd proxy') };
};

/** Envoy control planes: an Envoy next to one of these is the pod's data plane, not a sidecar. */
const ENVOY_CONTROL_PLANES = new Set(['contour', 'gloo', 'ambassador', 'emissary']);

const envoy: Recogniser = (_c, image, _argv, pod) => {
  const isEnvoy = image.owner === 'envoyproxy' ? image.name.startsWith('envoy') : image.name === 'envoy';
  if (!isEnvoy) return undefined;
  const controlPlane = pod.containers.map((other) => parseImage(other.image).name).find((name) => ENVOY_CONTROL_PLANES.has(name));
  if (controlPlane) return { role: 'app', reason: `Envoy driven by ${controlPlane} in the same pod: an ingress data plane, the pod's workload`, product: 'envoy' };
  return { role: 'mesh-proxy', reason: `image ${image.owner ? `${image.owner}/` : ''}${image.name}`, product: 'envoy', runsForever: daemon('Envoy') };
};

const consul: Recogniser = (_c, image) =>
  image.name === 'consul-dataplane' ? { role: 'mesh-proxy', reason: 'image hashicorp/consul-dataplane', product: 'consul-dataplane', runsForever: daemon('Consul dataplane') } : undefined;

const DB_PROXIES: Readonly<Record<string, string>> = {
  'gce-proxy': 'cloud-sql-proxy',
  'cloud-sql-proxy': 'cloud-sql-proxy',
  'cloudsql-proxy': 'cloud-sql-proxy',
  'alloydb-auth-proxy': 'alloydb-auth-proxy',
  pgbouncer: 'pgbouncer',
};

const dbProxy: Recogniser = (_c, image) => {
  const product = DB_PROXIES[image.name];
  return product ? { role: 'db-proxy', reason: `image ${image.name}`, product, runsForever: daemon(product) } : undefined;
};

/** Log and metrics shippers by image name; the value is the product. */
function logShipperProduct(image: ImageRef): string | undefined {
  if (image.name.includes('fluent-bit')) return 'fluent-bit';
  if (image.name.startsWith('fluentd')) return 'fluentd';
  if (image.name === 'vector') return 'vector';
  if (image.name === 'promtail') return 'promtail';
  if (image.name === 'filebeat') return 'filebeat';
  if (/^(opentelemetry-collector|otelcol)/.test(image.name)) return 'otel-collector';
  if ((image.owner === 'datadog' || image.owner === 'datadoghq') && image.name === 'agent') return 'datadog-agent';
  return undefined;
}

const logShipper: Recogniser = (_c, image) => {
  const product = logShipperProduct(image);
  return product ? { role: 'log-shipper', reason: `image ${image.name}`, product, runsForever: daemon(product) } : undefined;
};

const vault: Recogniser = (c, image, argv) => {
  if (image.name !== 'vault' || !/(^|\s)(vault\s+)?agent(\s|$)/.test(scriptOf(argv))) return undefined;
  const oneShotAgent = hasFlag(argv, 'exit-after-auth') || /exit-after-auth/.test(scriptOf(argv)) || vaultConfigExitsAfterAuth(c);
  return {
    role: 'secret-agent',
    reason: `image vault running \`vault agent\`${oneShotAgent ? ' with exit-after-auth' : ''}`,
    product: 'vault-agent',
    runsForever: oneShotAgent ? undefined : 'a Vault agent without exit-after-auth keeps renewing secrets until it is stopped',
  };
};

/** vault-k8s passes the agent's config base64-encoded in VAULT_CONFIG; its init agent sets exit_after_auth. */
function vaultConfigExitsAfterAuth(c: ContainerView): boolean {
  const env = Array.isArray(c.spec.env) ? c.spec.env : [];
  const config = env.find((e: unknown) => (e as { name?: unknown })?.name === 'VAULT_CONFIG') as { value?: unknown } | undefined;
  if (typeof config?.value !== 'string') return false;
  try {
    return /"exit_after_auth"\s*:\s*true/.test(atob(config.value));
  } catch {
    return false; // not base64: no evidence either way
  }
}

const gitSync: Recogniser = (c, image, argv) => {
  if (image.name !== 'git-sync') return undefined;
  const env = Array.isArray(c.spec.env) ? (c.spec.env as unknown[]) : [];
  const oneTimeEnv = env.some((e) => {
    const { name, value } = (e ?? {}) as { name?: unknown; value?: unknown };
    return (name === 'GITSYNC_ONE_TIME' || name === 'GIT_SYNC_ONE_TIME') && value === 'true';
  });
  const oneTime = hasFlag(argv, 'one-time') || oneTimeEnv;
  return {
    role: 'git-sync',
    reason: `image git-sync${oneTime ? ' with --one-time' : ''}`,
    product: 'git-sync',
    runsForever: oneTime ? undefined : 'git-sync without --one-time keeps syncing until it is stopped',
  };
};

const BY_IMAGE: readonly Recogniser[] = [istio, linkerd, envoy, consul, dbProxy, logShipper, vault, gitSync];

function oneShot(product: string, reason: string): RoleInfo {
  return { role: 'one-shot-init', reason, product };
}

/** volume name → containers that mount it writable. */
function writersByVolume(pod: PodView): Writers {
  const writers = new Map<string, ContainerView[]>();
  for (const c of pod.containers) {
    for (const m of c.mounts) {
      if (m.readOnly) continue;
      const list = writers.get(m.volume) ?? [];
      list.push(c);
      writers.set(m.volume, list);
    }
  }
  return writers;
}

function byUsage(c: ContainerView, argv: readonly string[], writers: Writers): RoleInfo | undefined {
  for (const path of tailedPaths(argv)) {
    const mount = c.mounts.find((m) => m.mountPath !== '' && (path === m.mountPath || path.startsWith(`${m.mountPath.replace(/\/$/, '')}/`)));
    const writer = mount && writers.get(mount.volume)?.find((w) => w !== c);
    if (!mount || !writer) continue;
    return {
      role: 'log-shipper',
      reason: `tails ${path} in volume "${mount.volume}"${mount.readOnly ? ' (mounted read-only)' : ''}, which "${writer.name}" writes`,
      runsForever: runsForeverReason(argv) ?? 'a tail input follows its files until it is stopped',
    };
  }
  return undefined;
}

const HELPER_NAME = /sidecar|agent|proxy|logger|shipper|forwarder|collector|envoy|fluent/;

function byPlace(c: ContainerView, argv: readonly string[]): RoleInfo {
  const image = c.image || '(no image)';
  if (c.lane === 'init') {
    const forever = runsForeverReason(argv);
    return forever
      ? { role: 'unknown', reason: `an init container whose command never ends (${forever})`, runsForever: forever }
      : { role: 'one-shot-init', reason: 'a regular init container: runs to completion before the app starts' };
  }
  if (c.lane === 'sidecar') return { role: 'unknown', reason: `a native sidecar whose image (${image}) Podsmith does not recognise` };
  if (HELPER_NAME.test(c.name)) return { role: 'unknown', reason: `the name "${c.name}" suggests a helper, but the image (${image}) is not one Podsmith recognises` };
  return { role: 'app', reason: 'no helper evidence in image, command or volume use' };
}
