/**
 * What a container is for. Several lifecycle rules only make sense for a kind of
 * helper (a log shipper must outlive the app, a proxy must start before it), so the pod
 * model decides each container's role once, with a reason the UI can show, for the
 * linter and the simulator alike.
 */
import type { ContainerView, PodView } from '@podsmith/manifest';
import { executionOf, hasFlag, runsForeverReason, tailedPaths, type Execution, type FileReader } from './command';
import { parseImage, type ImageRef } from './image';
import { helperByFlag, helperByImage, helperByProgram, type KnownHelper } from './known-helpers';
import { workloadProxies } from './purpose';
import type { Run } from '../shell/execution';

export type Role = 'app' | 'log-shipper' | 'telemetry-agent' | 'mesh-proxy' | 'db-proxy' | 'secret-agent' | 'git-sync' | 'one-shot-init' | 'unknown';

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
  'telemetry-agent': 'metrics or trace agent',
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
export const HELPER_ROLES: ReadonlySet<Role> = new Set(['log-shipper', 'telemetry-agent', 'mesh-proxy', 'db-proxy', 'secret-agent', 'git-sync']);

/** What a container's argv runs, when the caller has not computed it. */
type RunOf = (c: ContainerView) => Execution;
type FilesOf = (c: ContainerView) => FileReader | undefined;

/**
 * The role of one container of a pod, decided from evidence in this order:
 *
 * 1. The image names a known product (registry host ignored, so mirrors match): the
 *    table in known-helpers.ts, each entry with its source, plus the products with modes:
 *    - Istio `proxyv2` running `proxy sidecar` and Linkerd `proxy` are mesh proxies; the
 *      same images also run one-shot inits (`istio-iptables`, `linkerd2-proxy-init`),
 *      and `proxy router` is a gateway: the pod's workload, so `app`;
 *    - the Vault image is a secret agent only when it runs `vault agent` (one-shot with
 *      `-exit-after-auth`, or `exit_after_auth = true` in its config: the VAULT_CONFIG
 *      variable vault-k8s sets, or the `-config` file from a ConfigMap of the same run);
 *    - git-sync is one-shot with `--one-time`; consul-template with `-once`.
 *    The command and the name only refine what the image says (which mode runs).
 * 2. What it runs, for images Podsmith does not know (a custom build): its command line
 *    (the `sh -c` script parsed, wrappers such as `exec` removed, a script mounted from a
 *    ConfigMap of the same run read) runs a known program in the foreground (`envoy`,
 *    `fluent-bit`, `vector`, `vault agent`, `git-sync`, `cloud_sql_proxy`, ...), or its
 *    arguments carry a flag only one product takes (Envoy's `--service-cluster`,
 *    `--drain-time-s`; `-c envoy.yaml`). A program in the background (`&`) or in a
 *    condition is not what the container is.
 * 3. Usage: a container that tails files (`tail -f`, a tail input with a `path=`) in a
 *    volume another container mounts writable is a log shipper. Usage is evidence, not
 *    proof, so both halves are required: a web server serving files that git-sync writes
 *    reads a shared volume but tails nothing, and stays `app`.
 * 4. Otherwise by place: a regular init container is `one-shot-init` (what init
 *    containers are for) unless its command runs forever; a native sidecar is `unknown`;
 *    a regular container is `app`, or `unknown` when its name says helper (`sidecar`,
 *    `agent`, `proxy`, `logger`, ...) but nothing else does.
 *
 * Then the pod's purpose (purpose.ts): a proxy that is what the pod runs (a gateway, an
 * ingress controller's data plane) is `app`, not a helper of another container.
 *
 * `unknown` never triggers a rule that depends on a role.
 */
export function containerRole(container: ContainerView, pod: PodView): RoleInfo {
  return podRoles(pod).get(container) ?? { role: 'unknown', reason: 'not a container of this pod' };
}

/** The role of every container of a pod, computed once (rules look roles up many times). */
export function podRoles(pod: PodView, runOf: RunOf = (c) => executionOf([...c.command, ...c.args]), filesOf: FilesOf = () => undefined): ReadonlyMap<ContainerView, RoleInfo> {
  const writers = writersByVolume(pod);
  const first = new Map(pod.containers.map((c) => [c, classify(c, runOf(c), filesOf(c), writers)]));
  const workload = workloadProxies(pod, first);
  if (workload.size === 0) return first;
  return new Map([...first].map(([c, info]) => [c, workload.get(c) ?? info]));
}

type Writers = ReadonlyMap<string, readonly ContainerView[]>;

interface Evidence {
  readonly c: ContainerView;
  readonly image: ImageRef;
  readonly argv: readonly string[];
  readonly run: Execution;
  readonly files: FileReader | undefined;
}

function classify(c: ContainerView, run: Execution, files: FileReader | undefined, writers: Writers): RoleInfo {
  const e: Evidence = { c, image: parseImage(c.image), argv: [...c.command, ...c.args], run, files };
  return istio(e) ?? linkerd(e) ?? byImage(e) ?? byBehaviour(e) ?? byUsage(e, writers) ?? byPlace(e);
}

const daemon = (title: string) => `${title} serves until it is stopped`;

function istio({ c, image, argv }: Evidence): RoleInfo | undefined {
  if (image.name === 'proxy_init') return oneShot('istio-init', "Istio's iptables init image (proxy_init)");
  if (image.name !== 'proxyv2') return undefined;
  if (argv.some((w) => /\bistio-iptables\b/.test(w))) return oneShot('istio-init', 'image istio/proxyv2 running `istio-iptables` (traffic redirection set-up)');
  if (argv[0] === 'proxy' && argv[1] === 'router') return { role: 'app', reason: 'image istio/proxyv2 running `proxy router`: an Istio gateway, the proxy is the workload', product: 'istio-gateway' };
  if (argv[0] === 'proxy' || (argv.length === 0 && /proxy/.test(c.name))) {
    return { role: 'mesh-proxy', reason: `image istio/proxyv2${argv.length > 0 ? ' running `proxy sidecar`' : ` named "${c.name}"`}`, product: 'istio-proxy', runsForever: daemon('the Istio proxy') };
  }
  if (argv.length === 0 && /init|validation/.test(c.name)) return oneShot('istio-init', `image istio/proxyv2 named "${c.name}"`);
  return undefined;
}

function linkerd({ image, argv }: Evidence): RoleInfo | undefined {
  if (image.owner !== 'linkerd' && image.owner !== 'linkerd-io') return undefined;
  if (image.name === 'proxy-init') return oneShot('linkerd-init', "Linkerd's iptables init image (proxy-init)");
  if (image.name !== 'proxy') return undefined;
  if (argv.some((w) => /proxy-init|network-validator/.test(w))) return oneShot('linkerd-init', 'image linkerd/proxy running its init tool (iptables or network validation)');
  return { role: 'mesh-proxy', reason: 'image linkerd/proxy', product: 'linkerd-proxy', runsForever: daemon('the Linkerd proxy') };
}

function byImage(e: Evidence): RoleInfo | undefined {
  const { image } = e;
  if (image.name === 'vault') return vaultAgent(e, 'image vault running `vault agent`');
  if (image.name === 'git-sync') return gitSync(e, 'image git-sync');
  const helper = helperByImage(image.name, image.owner);
  return helper && known(helper, `image ${image.owner ? `${image.owner}/` : ''}${image.name}`, e);
}

/** A known helper with its one-shot flag read from the command line. */
function known(helper: KnownHelper, reason: string, { argv }: Evidence): RoleInfo {
  const once = helper.oneShotFlag !== undefined && hasFlag(argv, helper.oneShotFlag);
  return {
    role: helper.role,
    reason: once ? `${reason} with -${helper.oneShotFlag}` : reason,
    product: helper.product,
    ...(!once && { runsForever: daemon(helper.title) }),
  };
}

/** Runs that say what the container is: in the foreground, not deciding a condition, not asking for a version or help. */
function foreground(run: Execution): readonly Run[] {
  return run.runs.filter((r) => !r.background && !r.inCondition && !/^(--?version|--?help|-h|version|help)$/.test(r.argv[1] ?? ''));
}

function byBehaviour(e: Evidence): RoleInfo | undefined {
  for (const r of foreground(e.run)) {
    if (r.program === 'vault' && r.argv[1] === 'agent') return vaultAgent(e, 'its command runs `vault agent`');
    if (r.program === 'git-sync') return gitSync(e, 'its command runs `git-sync`');
    const helper = helperByProgram(r.program);
    if (helper) return known(helper, `its command runs \`${r.program}\` (${helper.title})`, e);
  }
  for (const [i, word] of e.argv.entries()) {
    const helper = helperByFlag(word);
    if (helper) return known(helper, `its arguments carry ${helper.title}'s own flag ${word.split('=')[0]}`, e);
    const config = (word === '-c' || word === '--config-path') && e.argv[i + 1];
    if (config && /envoy[^/]*\.(ya?ml|json)$/.test(config)) {
      const envoy = helperByProgram('envoy');
      if (envoy) return known(envoy, `its arguments load an Envoy configuration (${word} ${config})`, e);
    }
  }
  return undefined;
}

function vaultAgent({ c, argv, run, files }: Evidence, reason: string): RoleInfo | undefined {
  const agent = run.runs.find((r, i) => (r.program === 'vault' && r.argv[1] === 'agent') || (i === 0 && r.program === 'agent'));
  if (!agent) return undefined;
  const config = configExitsAfterAuth(agent.argv, files);
  const oneShotAgent = hasFlag(agent.argv, 'exit-after-auth') || hasFlag(argv, 'exit-after-auth') || vaultConfigExitsAfterAuth(c) || config !== undefined;
  return {
    role: 'secret-agent',
    reason: `${reason}${oneShotAgent ? ` with exit-after-auth${config ? ` (${config})` : ''}` : ''}`,
    product: 'vault-agent',
    runsForever: oneShotAgent ? undefined : 'a Vault agent without exit-after-auth keeps renewing secrets until it is stopped',
  };
}

const EXIT_AFTER_AUTH = /(^|\n)\s*"?exit_after_auth"?\s*[=:]\s*true\b/;

/** Where a mounted agent config sets exit_after_auth = true: `-config=/vault/config/agent.hcl` from a ConfigMap of the same run. */
function configExitsAfterAuth(argv: readonly string[], files: FileReader | undefined): string | undefined {
  if (!files) return undefined;
  const paths = argv.flatMap((w, i) => (/^--?config=/.test(w) ? [w.slice(w.indexOf('=') + 1)] : /^--?config$/.test(w) && argv[i + 1] ? [argv[i + 1] as string] : []));
  const found = paths.find((p) => EXIT_AFTER_AUTH.test(files(p) ?? ''));
  return found && `exit_after_auth = true in ${found}, from a ConfigMap`;
}

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

function gitSync({ c, argv }: Evidence, reason: string): RoleInfo {
  const env = Array.isArray(c.spec.env) ? (c.spec.env as unknown[]) : [];
  const oneTimeEnv = env.some((e) => {
    const { name, value } = (e ?? {}) as { name?: unknown; value?: unknown };
    return (name === 'GITSYNC_ONE_TIME' || name === 'GIT_SYNC_ONE_TIME') && value === 'true';
  });
  const oneTime = hasFlag(argv, 'one-time') || oneTimeEnv;
  return {
    role: 'git-sync',
    reason: `${reason}${oneTime ? ' with --one-time' : ''}`,
    product: 'git-sync',
    runsForever: oneTime ? undefined : 'git-sync without --one-time keeps syncing until it is stopped',
  };
}

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

function byUsage({ c, argv, run }: Evidence, writers: Writers): RoleInfo | undefined {
  for (const path of tailedPaths(argv, run)) {
    const mount = c.mounts.find((m) => m.mountPath !== '' && (path === m.mountPath || path.startsWith(`${m.mountPath.replace(/\/$/, '')}/`)));
    const writer = mount && writers.get(mount.volume)?.find((w) => w !== c);
    if (!mount || !writer) continue;
    return {
      role: 'log-shipper',
      reason: `tails ${path} in volume "${mount.volume}"${mount.readOnly ? ' (mounted read-only)' : ''}, which "${writer.name}" writes`,
      runsForever: runsForeverReason(run) ?? 'a tail input follows its files until it is stopped',
    };
  }
  return undefined;
}

const HELPER_NAME = /sidecar|agent|proxy|logger|shipper|forwarder|collector|envoy|fluent/;

function byPlace({ c, run }: Evidence): RoleInfo {
  const image = c.image || '(no image)';
  if (c.lane === 'init') {
    const forever = runsForeverReason(run);
    return forever
      ? { role: 'unknown', reason: `an init container whose command never ends (${forever})`, runsForever: forever }
      : { role: 'one-shot-init', reason: 'a regular init container: runs to completion before the app starts' };
  }
  if (c.lane === 'sidecar') return { role: 'unknown', reason: `a native sidecar whose image (${image}) Podsmith does not recognise` };
  if (HELPER_NAME.test(c.name)) return { role: 'unknown', reason: `the name "${c.name}" suggests a helper, but the image (${image}) is not one Podsmith recognises` };
  return { role: 'app', reason: 'no helper evidence in image, command or volume use' };
}
