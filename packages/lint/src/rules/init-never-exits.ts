/**
 * init-never-exits: a regular init container that runs forever. Init containers run
 * one at a time and each must exit successfully before the next starts, so the pod
 * never gets past it.
 */
import type { Edit } from '@podsmith/manifest';
import { HELPER_ROLES, initStatus, initsThatNeverExit, label, type Role } from '@podsmith/lifecycle';
import { containerAt } from '../fixes';
import type { Rule } from '../types';

export const rule: Rule = {
  id: 'init-never-exits',
  category: 'lifecycle',
  severity: 'error',
  docs: {
    summary: 'A regular init container never exits: a daemon image (proxy, log shipper, agent), git-sync without --one-time, a Vault agent without exit-after-auth, `sleep infinity`, `tail -f` or `while true`.',
    why: 'Init containers run one at a time and each must complete successfully before the next one starts; regular containers start only after all of them. An init container that never exits leaves the Pod in Init:x/y for ever (git-sync#127, aws-app-mesh-controller#774). Without restartPolicy: Always a helper placed in initContainers is not a sidecar.',
    fix: 'Make it exit (git-sync --one-time, Vault exit-after-auth), or make it a native sidecar with restartPolicy: Always (Kubernetes 1.29+).',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
  },
  check(pod, ctx) {
    return initsThatNeverExit(ctx).map(({ container: c, reason }) => ({
      path: c.path,
      container: c.name,
      message: `${label(c)} is an init container that never exits: ${reason}. Init containers must finish before the next container starts, so the Pod stays in ${initStatus(pod, c)} and its regular containers never start. ${exitAdvice(ctx.roleOf(c).role, ctx.nativeSidecars)}`,
    }));
  },
  fix(finding, pod, ctx) {
    const c = containerAt(pod, finding.path);
    if (!c) return [];
    const role = ctx.roleOf(c);
    const edit = (field: string, value: unknown): Edit[] => [{ kind: 'setContainerField', pod: pod.ref, container: c.ref, field: [field], value }];
    // A git-sync init container is meant to clone once before the app starts.
    if (role.role === 'git-sync') return edit('args', [...c.args, '--one-time']);
    if (HELPER_ROLES.has(role.role) && ctx.nativeSidecars) return edit('restartPolicy', 'Always');
    return [];
  },
};

/** What to do about an init container that never exits, by what it is. */
function exitAdvice(role: Role, nativeSidecars: boolean): string {
  if (role === 'git-sync') return 'Pass --one-time so it clones once and exits.';
  if (role === 'secret-agent') return `Make it exit once the secrets are written (Vault: -exit-after-auth)${nativeSidecars ? ', or make it a native sidecar with restartPolicy: Always' : ''}.`;
  if (HELPER_ROLES.has(role) && nativeSidecars) return 'Make it a native sidecar: add restartPolicy: Always.';
  if (HELPER_ROLES.has(role)) return 'Move it to containers: native sidecars need Kubernetes 1.29+.';
  return nativeSidecars ? 'Make its command end, or add restartPolicy: Always if it is meant to run beside the app.' : 'Make its command end, or move it to containers if it is meant to run beside the app.';
}
