/**
 * host-namespace: the host controls of the Pod Security Standards' baseline level: the
 * node's network, process or IPC namespace (hostNetwork, hostPID, hostIPC), the node's
 * files (hostPath volumes, the container runtime's socket above all) and the node's ports
 * (hostPort).
 */
import type { PodView, YamlPath } from '@podsmith/manifest';
import { label, recordOr } from '@podsmith/lifecycle';
import { pssControl, writtenContainers } from '../pod-security';
import type { LintContext, RawFinding, Rule } from '../types';

const NAMESPACES = {
  hostNetwork: "uses the node's network namespace (hostNetwork: true): it sees every interface of the node, can bind any of its ports and reach what listens on the node's localhost",
  hostPID: "shares the node's process namespace (hostPID: true): it sees every process of the node and, as root, can signal or trace them and read their environment",
  hostIPC: "shares the node's IPC namespace (hostIPC: true): it can read and write the shared memory of processes on the node",
} as const;

/** Sockets of container runtimes: whoever reaches one can start a privileged container, which is root on the node. */
const RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|cri-dockerd|podman)\.sock$|^\/var\/run\/docker\/?$|^\/(var\/)?run\/containerd\/?$/;

const ADVICE = 'unless this is a node agent that needs it (then run it in a namespace at the privileged level and suppress this rule for it with the reason)';

export const rule: Rule = {
  id: 'host-namespace',
  category: 'security',
  severity: 'warning',
  docs: {
    summary: "The Pod uses the node's namespaces (hostNetwork, hostPID, hostIPC), its files (hostPath volumes) or its ports (hostPort): the host controls of the Pod Security Standards' baseline level.",
    why: "Containers are isolated from the node by namespaces. A Pod in the node's network, process or IPC namespace sees and reaches what runs on the node; a hostPath volume exposes the node's files (the container runtime's socket gives root on the node); a hostPort publishes the Pod on the node's address outside any Service and allows one such Pod per node. A namespace that enforces the baseline or restricted level refuses such a Pod. Node agents (log collectors, CNI and CSI plugins, monitoring daemons) need some of these: they belong in a namespace at the privileged level, with this rule suppressed for them and the reason written down.",
    fix: 'Remove hostNetwork, hostPID and hostIPC; use emptyDir, a PersistentVolumeClaim, a ConfigMap or a Secret instead of hostPath; reach the Pod through a Service instead of a hostPort.',
    link: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  },
  check(pod, ctx) {
    return [...namespaceFindings(pod), ...hostPathFindings(pod, ctx), ...hostPortFindings(pod)];
  },
};

function namespaceFindings(pod: PodView): RawFinding[] {
  return (Object.keys(NAMESPACES) as (keyof typeof NAMESPACES)[]).flatMap((key): RawFinding[] =>
    pod.spec[key] === true
      ? [{ path: [...pod.ref.specPath, key], message: `The Pod ${NAMESPACES[key]}. It breaks ${pssControl('baseline', 'Host Namespaces')}: remove ${key}, ${ADVICE}.` }]
      : [],
  );
}

function hostPathFindings(pod: PodView, ctx: LintContext): RawFinding[] {
  return pod.volumes.flatMap((v): RawFinding[] => {
    const hostPath = recordOr(v.spec.hostPath);
    if (!hostPath) return [];
    const path = typeof hostPath.path === 'string' ? hostPath.path : '';
    const socket = RUNTIME_SOCKET.test(path.replace(/\/+$/, '') || path);
    const writers = pod.containers.filter((c) => c.mounts.some((m) => m.volume === v.name && !m.readOnly));
    const access = socket
      ? `"${path}" is the container runtime's socket: whoever can reach it can start a privileged container, which is root on the node`
      : writers.length > 0
        ? `${writers.map(label).join(', ')} can write the node's files there`
        : 'the Pod can read the node\'s files there';
    const at: YamlPath = [...v.path, 'hostPath'];
    return [{ path: at, message: `Volume "${v.name}" mounts the node's path "${path}" (${ctx.apiPath(at)}): ${access}. It breaks ${pssControl('baseline', 'HostPath Volumes')}: use emptyDir, a PersistentVolumeClaim, a ConfigMap or a Secret, ${ADVICE}.` }];
  });
}

/** Written hostPorts. With hostNetwork every port is the node's anyway: that finding says it. */
function hostPortFindings(pod: PodView): RawFinding[] {
  if (pod.spec.hostNetwork === true) return [];
  return writtenContainers(pod).flatMap((c) =>
    c.ports.flatMap((p): RawFinding[] =>
      p.hostPort !== undefined && p.hostPort > 0
        ? [{ path: [...p.path, 'hostPort'], container: c.name, message: `${label(c)} publishes port ${p.containerPort ?? '?'} on the node's address as hostPort ${p.hostPort}: it bypasses Services, and only one such Pod can run per node. It breaks ${pssControl('baseline', 'Host Ports')}: remove hostPort and reach the Pod through a Service, ${ADVICE}.` }]
        : [],
    ),
  );
}
