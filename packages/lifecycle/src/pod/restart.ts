/**
 * Container-level restart policy on regular containers ([KEP5307], ContainerRestartRules:
 * alpha and off by default in 1.34, beta and on in 1.35). A container's own
 * `restartPolicy` (and its `restartPolicyRules`, matched first) replaces the pod's for
 * that container. `restartPolicy: Always` on a regular container only restarts it: it
 * is not a sidecar, it neither starts before nor stops after the others ([PL]
 * "Individual container restart policy and rules").
 */
import type { ContainerView } from '@podsmith/manifest';
import type { PodModel } from './model';
import { arrayOr, recordOr, stringOr } from './plain';
import { atLeastVersion, FEATURE_SINCE, type K8sVersion } from '../version';

/** Whether the kubelet starts a regular container again after it exits with `exitCode`. */
export function restartsAfterExit(c: ContainerView, exitCode: number, model: PodModel, version: K8sVersion): boolean {
  const own = atLeastVersion(version, FEATURE_SINCE.containerRestartRules) ? ownRestart(c, exitCode) : undefined;
  const policy = own ?? model.defaulted.restartPolicy;
  return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
}

/** The restart decision a container's own rules and policy make for an exit code: `Always`/`Never`, or undefined (the pod's). */
function ownRestart(c: ContainerView, exitCode: number): string | undefined {
  for (const rule of arrayOr(c.spec.restartPolicyRules)) {
    const r = recordOr(rule);
    const codes = recordOr(r?.exitCodes);
    const values = arrayOr(codes?.values);
    const listed = values.includes(exitCode);
    const matches = codes?.operator === 'In' ? listed : codes?.operator === 'NotIn' ? !listed : false;
    if (matches && r?.action === 'Restart') return 'Always';
  }
  return stringOr(c.spec.restartPolicy);
}

/** Why a regular container's own restart policy restarts it after a successful exit (KEP-5307), or undefined. */
export function restartedAfterSuccessReason(c: ContainerView, model: PodModel, version: K8sVersion): string | undefined {
  if (c.lane !== 'main' || !atLeastVersion(version, FEATURE_SINCE.containerRestartRules)) return undefined;
  const own = ownRestart(c, 0);
  if (own !== 'Always' || model.defaulted.restartPolicy === 'Always') return undefined;
  return c.spec.restartPolicy === 'Always'
    ? 'its own restartPolicy: Always starts it again whenever it exits (a regular container with restartPolicy Always is restarted, it is not a sidecar: KEP-5307)'
    : 'its restartPolicyRules restart it when it exits with code 0 (KEP-5307)';
}
