/**
 * invalid-resize-policy: container resizePolicy entries the API server rejects
 * (validateResizePolicy, validateInitContainers): a resource other than cpu or memory, a
 * resource listed twice, a restart policy other than NotRequired or RestartContainer, a
 * container restart under a pod restartPolicy Never, and (1.36+) RestartContainer on a
 * run-to-completion init container, which is never resized.
 */
import type { ContainerView } from '@podsmith/manifest';
import { containerFinding } from '../api-validity';
import { apiError } from '../messages';
import { arrayOr, FEATURE_SINCE, recordOr, stringOr } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

const RESOURCES = ['cpu', 'memory'];
const POLICIES = ['NotRequired', 'RestartContainer'];

export const rule: Rule = {
  id: 'invalid-resize-policy',
  category: 'api-validity',
  severity: 'error',
  // Before 1.33 InPlacePodVerticalScaling is alpha and the API server drops resizePolicy.
  k8s: { since: FEATURE_SINCE.resizePolicy },
  docs: {
    summary: 'A resizePolicy for a resource other than cpu or memory or listed twice, a restartPolicy other than NotRequired or RestartContainer, RestartContainer in a pod with restartPolicy Never, or (1.36+) RestartContainer on a run-to-completion init container.',
    why: 'In-place resize (beta and on from 1.33) only changes cpu and memory; RestartContainer restarts the container to apply a new value, which a pod with restartPolicy Never cannot do, and a run-to-completion init container has finished before any resize. validateResizePolicy rejects the object.',
    fix: 'List cpu and memory at most once each with NotRequired or RestartContainer; use NotRequired when the pod restartPolicy is Never.',
    link: 'https://kubernetes.io/docs/tasks/configure-pod-container/resize-container-resources/#container-resize-policies',
  },
  check(pod, ctx) {
    return pod.containers.filter((c) => c.lane !== 'ephemeral').flatMap((c) => checkContainer(c, ctx));
  },
};

function checkContainer(c: ContainerView, ctx: LintContext): RawFinding[] {
  const listPath = [...c.path, 'resizePolicy'];
  const findings: RawFinding[] = [];
  const seen = new Set<string>();
  const never = ctx.defaulted.restartPolicy === 'Never';
  arrayOr(c.spec.resizePolicy).forEach((raw, i) => {
    const entry = recordOr(raw) ?? {};
    const at = (message: (p: string) => string, path = [...listPath, i]) => findings.push(containerFinding(c, path, message, ctx));
    // Most errors name the list, not the entry; the finding still points at the entry.
    const onList = (message: (p: string) => string) => findings.push({ path: [...listPath, i], container: c.name, message: message(ctx.apiPath(listPath)) });
    const resource = stringOr(entry.resourceName) ?? '';
    const policy = stringOr(entry.restartPolicy) ?? '';
    if (seen.has(resource)) at((p) => apiError.duplicate(p, resource));
    seen.add(resource);
    if (resource === '') onList((p) => apiError.required(p));
    else if (!RESOURCES.includes(resource)) onList((p) => apiError.notSupported(p, resource, RESOURCES));
    if (policy === '') onList((p) => apiError.required(p));
    else if (!POLICIES.includes(policy)) onList((p) => apiError.notSupported(p, policy, POLICIES));
    if (never && policy !== 'NotRequired') {
      const detail = ctx.atLeast(FEATURE_SINCE.resizeInitRestartRefused) ? "must be 'NotRequired' when pod `restartPolicy` is 'Never'" : "must be 'NotRequired' when `restartPolicy` is 'Never'";
      onList((p) => apiError.invalid(p, policy, detail));
    }
    if (c.lane === 'init' && policy === 'RestartContainer' && ctx.atLeast(FEATURE_SINCE.resizeInitRestartRefused)) {
      at((p) => apiError.invalid(p, policy, "must not be set to 'RestartContainer' for non-sidecar initContainers"), [...listPath, i, 'restartPolicy']);
    }
  });
  return findings;
}
