/**
 * The Pod Security Standards (kubernetes.io/docs/concepts/security/pod-security-standards),
 * as far as the security rules check them: the allowed values of each control, and how a
 * container's securityContext is read together with the Pod's. The controls are the ones
 * Pod Security Admission enforces per namespace (`pod-security.kubernetes.io/enforce`).
 */
import type { ContainerView, PodView } from '@podsmith/manifest';
import { arrayOr, recordOr, stringsOf, type PlainRecord } from '@podsmith/lifecycle';
import type { LintContext } from './types';

export type PssLevel = 'baseline' | 'restricted';

/** `the Pod Security Standards baseline level (control "Host Namespaces")`: what every security message names. */
export function pssControl(level: PssLevel, control: string): string {
  return `the Pod Security Standards ${level} level (control "${control}")`;
}

/** Capabilities the baseline level allows a container to add. */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

/** The only capability the restricted level allows a container to add. */
export const RESTRICTED_CAPABILITY = 'NET_BIND_SERVICE';

/** Sysctls the baseline level allows (namespaced and isolated from the node and other Pods). */
export const SAFE_SYSCTLS: ReadonlySet<string> = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
]);

/**
 * Capabilities that a mesh's traffic-redirection init container (istio-init,
 * linkerd-init) needs to write iptables rules: expected there, as root. (Istio CNI and
 * Linkerd CNI remove the need; a pod with these init containers cannot be baseline.)
 */
const MESH_INIT_CAPABILITIES: ReadonlySet<string> = new Set(['NET_ADMIN', 'NET_RAW']);

export function podSecurityContext(pod: PodView): PlainRecord {
  return recordOr(pod.spec.securityContext) ?? {};
}

export function securityContextOf(c: ContainerView): PlainRecord {
  return recordOr(c.spec.securityContext) ?? {};
}

/** The Linux-only controls do not apply to a Pod that says it runs on Windows. */
export function isWindows(pod: PodView): boolean {
  return recordOr(pod.spec.os)?.name === 'windows';
}

/**
 * The containers the best-practice and security rules look at: every written one with an
 * image. Injected containers come from the injector's own template, not from this YAML;
 * a container without an image (or Istio's `image: auto`) is an override stub the
 * injector merges its own container into, or an error missing-image reports.
 */
export function writtenContainers(pod: PodView): readonly ContainerView[] {
  return pod.containers.filter((c) => !c.injected && c.image.trim() !== '' && c.image.trim() !== 'auto');
}

/** Istio's or Linkerd's iptables init container. */
export function isMeshInit(c: ContainerView, ctx: LintContext): boolean {
  const product = ctx.roleOf(c).product;
  return c.lane === 'init' && (product === 'istio-init' || product === 'linkerd-init');
}

export function addedCapabilities(sc: PlainRecord): readonly string[] {
  return stringsOf(recordOr(sc.capabilities)?.add);
}

/** Added capabilities beyond the baseline set, less what a mesh init container is expected to add. */
export function capabilitiesBeyondBaseline(c: ContainerView, ctx: LintContext): readonly string[] {
  const meshInit = isMeshInit(c, ctx);
  return addedCapabilities(securityContextOf(c)).filter((cap) => !BASELINE_CAPABILITIES.has(cap) && !(meshInit && MESH_INIT_CAPABILITIES.has(cap)));
}

/** A profile type (seccompProfile, appArmorProfile) of the container, else the Pod's. */
export function profileType(c: ContainerView, pod: PodView, key: 'seccompProfile' | 'appArmorProfile'): string | undefined {
  const own = recordOr(securityContextOf(c)[key])?.type;
  const type = own ?? recordOr(podSecurityContext(pod)[key])?.type;
  return typeof type === 'string' ? type : undefined;
}

/** A securityContext field of the container, else the Pod's (runAsNonRoot, runAsUser). */
export function effective(c: ContainerView, pod: PodView, key: 'runAsNonRoot' | 'runAsUser'): unknown {
  return securityContextOf(c)[key] ?? podSecurityContext(pod)[key];
}

export function sysctlNames(pod: PodView): readonly (string | undefined)[] {
  return arrayOr(podSecurityContext(pod).sysctls).map((s) => {
    const name = recordOr(s)?.name;
    return typeof name === 'string' ? name : undefined;
  });
}
