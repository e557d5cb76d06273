/**
 * invalid-resources: container resources the API server rejects
 * (ValidateContainerResourceRequirements, ValidateResourceQuantityValue) or warns about
 * (fractional bytes, pkg/api/pod/warnings.go), checked after requests default to limits.
 * Values are printed canonically (`1.5` → `1500m`), as Quantity.String() prints them.
 */
import type { ContainerView } from '@podsmith/manifest';
import { canonicalQuantity, compareQuantities, isFractional, isNegative, parseExactQuantity, type Quantity } from '../quantity';
import { apiError, apiWarning, keyPath, quote } from '../messages';
import { recordOr } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

const BYTE_RESOURCES = new Set(['memory', 'ephemeral-storage']);

export const rule: Rule = {
  id: 'invalid-resources',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'A request above its limit, a negative quantity, a hugepages or extended resource (nvidia.com/gpu) whose request differs from its limit or has no limit, hugepages without cpu or memory; fractional byte values are an API warning.',
    why: 'ValidateContainerResourceRequirements rejects the object: the scheduler reserves requests and the kubelet enforces limits, so a request cannot exceed its limit, and resources that cannot be overcommitted (hugepages, extended resources) need request equal to limit. A missing request is set to the limit first. Memory in fractions of a byte ("1.5", "100m") is accepted with a warning and rounded.',
    fix: 'Keep each request at or below its limit; for GPUs and hugepages set only the limit (the request follows); write memory in whole bytes or Ki/Mi/Gi.',
    link: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits',
  },
  check(pod, ctx) {
    // Ephemeral containers may not have resources at all: invalid-ephemeral-container says so.
    return pod.containers.filter((c) => c.lane !== 'ephemeral').flatMap((c) => checkContainer(c, ctx));
  },
};

function checkContainer(c: ContainerView, ctx: LintContext): RawFinding[] {
  const resources = recordOr(c.spec.resources);
  if (!resources) return [];
  const base = [...c.path, 'resources'];
  // The finding points at the quantity; the message names the path the API server prints.
  const at = (list: string, name: string, message: string, severity?: 'warning'): RawFinding => ({
    path: [...base, list, name],
    container: c.name,
    message,
    ...(severity && { severity }),
  });
  const listPath = (list: string) => ctx.apiPath([...base, list]);
  const parse = (list: 'limits' | 'requests') =>
    Object.entries(recordOr(resources[list]) ?? {}).flatMap(([name, raw]): [string, Quantity][] => {
      const q = typeof raw === 'string' || typeof raw === 'number' ? parseExactQuantity(raw) : undefined;
      return q ? [[name, q]] : [];
    });
  const limits = new Map(parse('limits'));
  const written = new Map(parse('requests'));
  const findings: RawFinding[] = [];
  for (const [list, entries] of [['limits', limits], ['requests', written]] as const) {
    for (const [name, q] of entries) {
      const path = keyPath(listPath(list), name);
      if (isNegative(q)) findings.push(at(list, name, apiError.invalid(path, canonicalQuantity(q), 'must be greater than or equal to 0')));
      if (BYTE_RESOURCES.has(name) && isFractional(q)) {
        findings.push(at(list, name, apiWarning(path, `fractional byte value ${quote(canonicalQuantity(q))} is invalid, must be an integer`), 'warning'));
      }
    }
  }
  // Requests default to limits (SetDefaults_Pod), so only written requests can disagree.
  for (const [name, request] of written) {
    const limit = limits.get(name);
    if (limit === undefined) {
      if (!overcommitAllowed(name)) findings.push(at('requests', name, apiError.required(listPath('limits'), 'Limit must be set for non overcommitable resources')));
      continue;
    }
    const order = compareQuantities(request, limit);
    const value = canonicalQuantity(request);
    if (order !== 0 && !overcommitAllowed(name)) {
      findings.push(at('requests', name, apiError.invalid(listPath('requests'), value, `must be equal to ${name} limit of ${canonicalQuantity(limit)}`)));
    } else if (order > 0) {
      findings.push(at('requests', name, apiError.invalid(listPath('requests'), value, `must be less than or equal to ${name} limit of ${canonicalQuantity(limit)}`)));
    }
  }
  const names = [...limits.keys(), ...written.keys()];
  if (names.some(isHugePages) && !names.some((n) => n === 'cpu' || n === 'memory')) {
    findings.push({ path: base, container: c.name, message: apiError.forbidden(ctx.apiPath(base), 'HugePages require cpu or memory') });
  }
  return findings;
}

function isHugePages(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** helper.IsOvercommitAllowed: native resources (no domain, or kubernetes.io/) that are not hugepages. */
function overcommitAllowed(name: string): boolean {
  const native = !name.includes('/') || name.includes('kubernetes.io/');
  return native && !isHugePages(name);
}
