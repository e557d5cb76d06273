/**
 * invalid-mount-propagation: mountPropagation and recursiveReadOnly settings the API
 * server rejects (validateMountPropagation, validateMountRecursiveReadOnly).
 */
import type { ContainerView, MountView } from '@podsmith/manifest';
import { apiError } from '../messages';
import { FEATURE_SINCE, mountSpec, stringOr } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

const PROPAGATIONS = ['Bidirectional', 'HostToContainer', 'None'];
const RECURSIVE_READ_ONLY = ['Disabled', 'Enabled', 'IfPossible'];

export const rule: Rule = {
  id: 'invalid-mount-propagation',
  category: 'volume',
  severity: 'error',
  docs: {
    summary: 'mountPropagation Bidirectional on a container that is not privileged, an unknown propagation mode, or recursiveReadOnly without readOnly: true or with propagation other than None.',
    why: 'Bidirectional propagation lets mounts made in the container appear on the host, so the API server allows it only for privileged containers. Recursive read-only mounts need a read-only mount that does not propagate.',
    fix: 'Use HostToContainer (or None), or run the container privileged; set readOnly: true with recursiveReadOnly.',
    link: 'https://kubernetes.io/docs/concepts/storage/volumes/#mount-propagation',
  },
  check(pod, ctx) {
    return pod.containers.flatMap((c) => c.mounts.flatMap((m) => mountErrors(c, m, ctx)));
  },
};

function mountErrors(c: ContainerView, m: MountView, ctx: LintContext): RawFinding[] {
  const spec = mountSpec(c, m.index);
  const propagation = stringOr(spec.mountPropagation);
  const recursive = stringOr(spec.recursiveReadOnly);
  const findings: RawFinding[] = [];
  const at = (field: string, message: (path: string) => string) => {
    const path = [...m.path, field];
    findings.push({ path, container: c.name, message: message(ctx.apiPath(path)) });
  };
  if (propagation !== undefined && !PROPAGATIONS.includes(propagation)) at('mountPropagation', (p) => apiError.notSupported(p, propagation, PROPAGATIONS));
  if (propagation === 'Bidirectional' && !ctx.defaultsOf(c).privileged) {
    at('mountPropagation', (p) => apiError.forbidden(p, 'Bidirectional mount propagation is available only to privileged containers'));
  }
  if (recursive === undefined || !ctx.atLeast(FEATURE_SINCE.recursiveReadOnly) || recursive === 'Disabled') return findings;
  if (!RECURSIVE_READ_ONLY.includes(recursive)) {
    at('recursiveReadOnly', (p) => apiError.notSupported(p, recursive, RECURSIVE_READ_ONLY));
    return findings;
  }
  if (!m.readOnly) at('recursiveReadOnly', (p) => apiError.forbidden(p, 'may only be specified when readOnly is true'));
  if (propagation !== undefined && propagation !== 'None') at('recursiveReadOnly', (p) => apiError.forbidden(p, 'may only be specified when mountPropagation is None or not specified'));
  return findings;
}
