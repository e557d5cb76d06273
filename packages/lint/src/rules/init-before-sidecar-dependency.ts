/**
 * init-before-sidecar-dependency: a regular init container declared before the sidecar
 * (mesh proxy, secret agent) it needs. Init containers start in declaration order, so
 * it runs while that sidecar does not exist yet.
 */
import type { ContainerView, PodView } from '@podsmith/manifest';
import { label, needsReason } from '@podsmith/lifecycle';
import { containerAt, moveBefore } from '../fixes';
import type { LintContext, Rule } from '../types';

export const rule: Rule = {
  id: 'init-before-sidecar-dependency',
  category: 'lifecycle',
  severity: 'warning',
  k8s: { since: '1.29' },
  docs: {
    summary: 'A regular init container that needs the network or secrets is declared before the mesh-proxy or secret-agent init container it needs.',
    why: "Init containers, sidecars included, start one at a time in declaration order. An init container declared before the proxy runs with the mesh's traffic redirection already in place but no proxy to receive it, so its connections fail; one declared before the secret agent finds no secrets (vault-helm#160, istio.io#13632).",
    fix: 'Declare the sidecar (or agent) before the init containers that need it.',
    link: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/753-sidecar-containers#mixing-initcontainers-and-sidecars',
  },
  check(pod, ctx) {
    return ctx.facts.inits.flatMap((user) => {
      const need = neededLater(user, pod, ctx);
      if (!need) return [];
      const { helper, reason } = need;
      return [
        {
          path: user.path,
          container: user.name,
          message: `${label(user)} runs before ${label(helper)}, which it needs: ${reason}. Init containers start one at a time in declaration order, so ${label(user)} runs before ${label(helper)} exists. Declare ${label(helper)} first.`,
        },
      ];
    });
  },
  fix(finding, pod, ctx) {
    const user = containerAt(pod, finding.path);
    const helper = user && neededLater(user, pod, ctx)?.helper;
    return user && helper ? moveBefore(pod, helper, user) : [];
  },
};

/** The first mesh proxy or secret agent declared after `user` in initContainers that `user` needs. */
function neededLater(user: ContainerView, pod: PodView, ctx: LintContext): { helper: ContainerView; reason: string } | undefined {
  for (const helper of pod.containers) {
    if (helper.ref.list !== 'initContainers' || helper.ref.index <= user.ref.index) continue;
    const role = ctx.roleOf(helper).role;
    if (role !== 'mesh-proxy' && role !== 'secret-agent') continue;
    // An agent of the same kind does its own work: vault-k8s's pre-populating init agent
    // writes the secrets itself, before the renewing sidecar agent starts.
    if (ctx.roleOf(user).role === role) continue;
    const reason = needsReason(user, helper, ctx);
    if (reason) return { helper, reason };
  }
  return undefined;
}
