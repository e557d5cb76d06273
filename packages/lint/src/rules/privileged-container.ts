/**
 * privileged-container: the securityContext controls of the Pod Security Standards, for
 * every written container (init containers, sidecars and ephemeral containers too) and
 * for the Pod. Baseline controls (privileged, capabilities beyond the baseline set,
 * /proc mount, seccomp or AppArmor Unconfined, Windows HostProcess, unsafe sysctls): one
 * finding each. Restricted controls (no privilege escalation, non-root, drop ALL,
 * a seccomp profile): one finding per container that lists what to set.
 */
import type { ContainerView, PodView, YamlPath } from '@podsmith/manifest';
import { label, recordOr, stringsOf } from '@podsmith/lifecycle';
import {
  addedCapabilities, BASELINE_CAPABILITIES, capabilitiesBeyondBaseline, effective, isMeshInit, isWindows, podSecurityContext, profileType,
  pssControl, RESTRICTED_CAPABILITY, SAFE_SYSCTLS, securityContextOf, sysctlNames, writtenContainers,
} from '../pod-security';
import type { LintContext, RawFinding, Rule } from '../types';

const SECURE_SECCOMP = new Set(['RuntimeDefault', 'Localhost']);

export const rule: Rule = {
  id: 'privileged-container',
  category: 'security',
  severity: 'warning',
  docs: {
    summary: 'A container or the Pod breaks a securityContext control of the Pod Security Standards: baseline (privileged, added capabilities, /proc mount, seccomp or AppArmor Unconfined, HostProcess, unsafe sysctls) or restricted (privilege escalation, non-root, drop ALL, seccomp profile).',
    why: 'A privileged container, or one with capabilities such as SYS_ADMIN or NET_ADMIN, can break out to the node; without allowPrivilegeEscalation: false a setuid binary can gain root; a container running as root with all default capabilities is one kernel bug away from the node. The checks apply to init containers, native sidecars and ephemeral containers too, because they run with the same node. A namespace that enforces the baseline or restricted level (pod-security.kubernetes.io/enforce) refuses such a Pod, and the message names the level and the control. Istio\'s and Linkerd\'s iptables init containers (istio-init, linkerd-init) are expected to add NET_ADMIN and NET_RAW and run as root, and are not reported for that; containers an admission webhook injects are not in the YAML and not checked.',
    fix: 'In each container\'s securityContext: remove privileged and added capabilities it does not need, set allowPrivilegeEscalation: false, runAsNonRoot: true (with a non-zero runAsUser if the image runs as root), capabilities.drop: [ALL] and seccompProfile.type: RuntimeDefault (the last two may go in the Pod\'s securityContext). A workload that really needs more (a node agent, a CNI plugin) belongs in a namespace at the privileged level: suppress the rule for it with a reason.',
    link: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  },
  check(pod, ctx) {
    return [...podFindings(pod, ctx), ...writtenContainers(pod).flatMap((c) => [...baselineFindings(c, ctx), ...restrictedFindings(c, pod, ctx)])];
  },
};

/** The Pod's own securityContext: seccomp and AppArmor Unconfined, HostProcess, unsafe sysctls. */
function podFindings(pod: PodView, ctx: LintContext): RawFinding[] {
  const base: YamlPath = [...pod.ref.specPath, 'securityContext'];
  const sc = podSecurityContext(pod);
  const out: RawFinding[] = [];
  for (const key of ['seccompProfile', 'appArmorProfile'] as const) {
    if (recordOr(sc[key])?.type === 'Unconfined') out.push({ path: [...base, key, 'type'], message: unconfined('The Pod', key, ctx.apiPath([...base, key, 'type']), ' for the containers that do not set their own') });
  }
  if (recordOr(sc.windowsOptions)?.hostProcess === true) out.push({ path: [...base, 'windowsOptions', 'hostProcess'], message: hostProcess('The Pod') });
  sysctlNames(pod).forEach((name, i) => {
    if (name === undefined || SAFE_SYSCTLS.has(name)) return;
    out.push({
      path: [...base, 'sysctls', i, 'name'],
      message: `The Pod sets sysctl "${name}", which is not among the safe sysctls: it is not isolated between Pods, or may affect the whole node, and the kubelet refuses it unless allowed with --allowed-unsafe-sysctls. It breaks ${pssControl('baseline', 'Sysctls')}: remove it, or set it on the node.`,
    });
  });
  return out;
}

function unconfined(who: string, key: 'seccompProfile' | 'appArmorProfile', apiPath: string, scope = ''): string {
  const what = key === 'seccompProfile' ? 'seccomp' : 'AppArmor';
  return `${who} turns ${what} off${scope} (${apiPath}: Unconfined): every system call ${key === 'seccompProfile' ? 'is' : 'and file access is'} open to ${scope ? 'them' : 'it'}, including the ones container escapes use. It breaks ${pssControl('baseline', key === 'seccompProfile' ? 'Seccomp' : 'AppArmor')}: use RuntimeDefault.`;
}

function hostProcess(who: string): string {
  return `${who} runs as a Windows HostProcess container (windowsOptions.hostProcess: true): it runs directly on the node with the node's privileges. It breaks ${pssControl('baseline', 'HostProcess')}.`;
}

function baselineFindings(c: ContainerView, ctx: LintContext): RawFinding[] {
  const base: YamlPath = [...c.path, 'securityContext'];
  const sc = securityContextOf(c);
  const who = label(c);
  const out: RawFinding[] = [];
  const at = (path: YamlPath, message: string) => out.push({ path: [...base, ...path], container: c.name, message });
  if (sc.privileged === true) {
    at(['privileged'], `${who} runs privileged (privileged: true): it gets every capability and the node's devices, so whoever controls the container controls the node. It breaks ${pssControl('baseline', 'Privileged Containers')}: remove privileged and add only the capabilities it needs.`);
  }
  const beyond = capabilitiesBeyondBaseline(c, ctx);
  if (beyond.length > 0) {
    at(['capabilities', 'add'], `${who} adds ${beyond.join(', ')}: ${beyond.length === 1 ? 'a capability' : 'capabilities'} beyond the baseline set (${[...BASELINE_CAPABILITIES].join(', ')}). It breaks ${pssControl('baseline', 'Capabilities')}: remove ${beyond.length === 1 ? 'it' : 'them'}, or give the work to a node-level component.`);
  }
  if (typeof sc.procMount === 'string' && sc.procMount !== 'Default') {
    at(['procMount'], `${who} asks for a /proc mount other than Default (procMount: ${sc.procMount}): unmasked, the kernel paths the runtime hides are visible and writable to it. It breaks ${pssControl('baseline', '/proc Mount Type')}: remove procMount or set Default.`);
  }
  for (const key of ['seccompProfile', 'appArmorProfile'] as const) {
    if (recordOr(sc[key])?.type === 'Unconfined') at([key, 'type'], unconfined(who, key, `${key}.type`));
  }
  if (recordOr(sc.windowsOptions)?.hostProcess === true) at(['windowsOptions', 'hostProcess'], hostProcess(who));
  return out;
}

/** What a container lacks for the restricted level, as settings with their control. */
function restrictedGaps(c: ContainerView, pod: PodView, ctx: LintContext): string[] {
  if (isMeshInit(c, ctx)) return []; // iptables needs root and NET_ADMIN: it cannot be restricted
  const sc = securityContextOf(c);
  const linux = !isWindows(pod);
  const gaps: string[] = [];
  if (linux && sc.allowPrivilegeEscalation !== false) gaps.push('allowPrivilegeEscalation: false ("Privilege Escalation")');
  if (effective(c, pod, 'runAsNonRoot') !== true) gaps.push('runAsNonRoot: true ("Running as Non-root")');
  if (effective(c, pod, 'runAsUser') === 0) gaps.push('a runAsUser other than 0 ("Running as Non-root user")');
  if (linux && !stringsOf(recordOr(sc.capabilities)?.drop).includes('ALL')) gaps.push('capabilities.drop: [ALL] ("Capabilities")');
  const extra = linux ? addedCapabilities(sc).filter((cap) => cap !== RESTRICTED_CAPABILITY && BASELINE_CAPABILITIES.has(cap)) : [];
  if (extra.length > 0) gaps.push(`no capabilities.add but ${RESTRICTED_CAPABILITY} (it adds ${extra.join(', ')}; "Capabilities")`);
  const seccomp = profileType(c, pod, 'seccompProfile');
  if (linux && seccomp !== 'Unconfined' && !SECURE_SECCOMP.has(seccomp ?? '')) gaps.push('seccompProfile.type: RuntimeDefault ("Seccomp")');
  return gaps;
}

function restrictedFindings(c: ContainerView, pod: PodView, ctx: LintContext): RawFinding[] {
  const gaps = restrictedGaps(c, pod, ctx);
  if (gaps.length === 0) return [];
  const written = c.spec.securityContext !== undefined;
  return [
    {
      path: written ? [...c.path, 'securityContext'] : c.path,
      container: c.name,
      message: `${label(c)} does not meet the Pod Security Standards restricted level: set ${gaps.join(', ')} in its securityContext (runAsNonRoot and seccompProfile may go in the Pod's). A namespace that enforces restricted refuses the Pod.`,
    },
  ];
}
