/**
 * invalid-ephemeral-container: ephemeral containers written into a manifest. They are
 * added to a running pod by `kubectl debug`, never in a pod template
 * (ValidatePodTemplateSpec), and may not carry what a pod's service relies on: ports,
 * resources, probes, lifecycle, restart policies, subPath mounts (validateEphemeralContainers).
 */
import type { ContainerView } from '@podsmith/manifest';
import { containerFinding } from '../api-validity';
import { apiError } from '../messages';
import { arrayOr, isRecord, recordOr, stringOr } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

/** Fields outside allowedEphemeralContainerFields, in the order of the Container struct. */
const FORBIDDEN = ['ports', 'resources', 'resizePolicy', 'restartPolicy', 'restartPolicyRules', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'] as const;
const DETAIL = 'cannot be set for an Ephemeral Container';

export const rule: Rule = {
  id: 'invalid-ephemeral-container',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'ephemeralContainers in a pod template, or an ephemeral container with ports, resources, probes, lifecycle, resizePolicy, restartPolicy, a subPath mount, or a targetContainerName that names no container.',
    why: 'Ephemeral containers are for debugging a running pod (kubectl debug) and are never restarted or relied upon, so validateEphemeralContainers only allows the fields of an interactive process, and ValidatePodTemplateSpec refuses them in templates ("ephemeral containers not allowed in pod template").',
    fix: 'Remove ephemeralContainers from the manifest and use kubectl debug -it <pod> --image=busybox --target=<container> when you need one.',
    link: 'https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/',
  },
  check(pod, ctx) {
    const ephemeral = pod.containers.filter((c) => c.lane === 'ephemeral');
    if (ephemeral.length === 0) return [];
    const findings: RawFinding[] = [];
    if (pod.workload.kind !== 'Pod') {
      const path = [...pod.ref.specPath, 'ephemeralContainers'];
      findings.push({ path, message: apiError.forbidden(ctx.apiPath(path), 'ephemeral containers not allowed in pod template') });
    }
    const targets = new Set(pod.containers.filter((c) => c.lane !== 'ephemeral').map((c) => c.name));
    return [...findings, ...ephemeral.flatMap((c) => checkContainer(c, targets, ctx))];
  },
};

function checkContainer(c: ContainerView, targets: ReadonlySet<string>, ctx: LintContext): RawFinding[] {
  const at = (keys: readonly (string | number)[], message: (p: string) => string) => containerFinding(c, [...c.path, ...keys], message, ctx);
  const findings: RawFinding[] = [];
  const target = stringOr(c.spec.targetContainerName) ?? '';
  if (target !== '' && !targets.has(target)) findings.push(at(['targetContainerName'], (p) => apiError.notFound(p, target)));
  for (const field of FORBIDDEN) if (isSet(c.spec[field])) findings.push(at([field], (p) => apiError.forbidden(p, DETAIL)));
  arrayOr(c.spec.volumeMounts).forEach((raw, i) => {
    const mount = recordOr(raw) ?? {};
    for (const key of ['subPath', 'subPathExpr']) if (stringOr(mount[key])) findings.push(at(['volumeMounts', i, key], (p) => apiError.forbidden(p, DETAIL)));
  });
  return findings;
}

/** Set the way reflect.DeepEqual sees it against the zero value; empty lists and maps are left alone. */
function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.values(value).some(isSet);
  return true;
}
