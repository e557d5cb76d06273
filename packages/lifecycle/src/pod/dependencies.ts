/**
 * Whether one container needs another to be running: the question behind the ordering
 * rules (an init container that needs the mesh proxy, a log shipper that sends through
 * it). Evidence, strongest first: it connects to the other's port on localhost; its
 * traffic is redirected through a mesh proxy; it reads the volume a secret agent writes.
 */
import type { ContainerView } from '@podsmith/manifest';
import { declaredPorts, label, localPortsUsed } from './pod-facts';
import type { Role } from './roles';
import type { PodModel } from './model';

/** Helpers whose whole job is talking to the network. */
const NETWORK_ROLES: ReadonlySet<Role> = new Set(['log-shipper', 'telemetry-agent', 'db-proxy', 'secret-agent', 'git-sync']);
/** Programs that talk to the network. */
const NETWORK_PROGRAMS = new Set(['curl', 'wget', 'nslookup', 'dig', 'nc', 'ncat', 'telnet', 'psql', 'mysql', 'mongo', 'mongosh', 'redis-cli', 'kubectl', 'gsutil', 'gcloud', 'aws']);
/** URLs of network protocols, in a command's arguments. */
const NETWORK_URL = /\b(https?|grpcs?|postgres(ql)?|mysql|redis|mongodb|amqps?|tcp|s3|gs):\/\//;
/** The init containers that install a mesh's traffic redirection. */
const MESH_INITS = new Set(['istio-init', 'linkerd-init']);

/** Why `user` needs `helper` to be running, or undefined when nothing says so. */
export function needsReason(user: ContainerView, helper: ContainerView, model: PodModel): string | undefined {
  const helperPorts = declaredPorts(helper);
  const port = [...localPortsUsed(user, model.defaultsOf(user))].find((p) => helperPorts.has(p));
  if (port !== undefined) return `it connects to localhost:${port}, which ${label(helper)} serves`;

  const { role } = model.roleOf(helper);
  if (role === 'mesh-proxy' && usesNetwork(user, model)) {
    const redirect = redirectionBefore(user, model);
    // With the CNI plugin instead of iptables, the injectors add a validation init container (istio-validation, linkerd-network-validator): the same mark.
    if (redirect) return `it talks to the network, and ${label(redirect)} has already redirected all traffic to the mesh proxy ${label(helper)}`;
  }
  if (role === 'secret-agent') {
    const written = new Set(helper.mounts.filter((m) => !m.readOnly).map((m) => m.volume));
    const shared = user.mounts.find((m) => written.has(m.volume));
    if (shared) return `it reads volume "${shared.volume}", where the secret agent ${label(helper)} writes the secrets`;
  }
  return undefined;
}

/** The mesh init container (iptables or CNI validation) that runs before `c`, if any. */
function redirectionBefore(c: ContainerView, model: PodModel): ContainerView | undefined {
  return model.pod.containers.find(
    (x) => x.ref.list === 'initContainers' && (c.ref.list !== 'initContainers' || x.ref.index < c.ref.index) && MESH_INITS.has(model.roleOf(x).product ?? ''),
  );
}

function usesNetwork(c: ContainerView, model: PodModel): boolean {
  const role = model.roleOf(c);
  if (MESH_INITS.has(role.product ?? '')) return false;
  if (NETWORK_ROLES.has(role.role)) return true;
  return model.runOf(c).runs.some((r) => NETWORK_PROGRAMS.has(r.program) || (r.program === 'git' && /^(clone|fetch|pull)$/.test(r.argv[1] ?? '')) || r.argv.some((w) => NETWORK_URL.test(w)));
}
