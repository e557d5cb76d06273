/**
 * Container-level restart policies as the API server checks them
 * (validateInitContainerRestartPolicy, validateContainerRestartPolicy): which values a
 * container's restartPolicy may take at a target version, and what is wrong with its
 * restartPolicyRules. Shared by invalid-init-restart-policy, container-restart-policy and
 * invalid-restart-rules, so each reports its part of one validation.
 */
import type { ContainerView, YamlPath } from '@podsmith/manifest';
import { containerFinding } from './api-validity';
import { apiError } from './messages';
import { arrayOr, FEATURE_SINCE, isRecord, recordOr, stringOr } from '@podsmith/lifecycle';
import type { LintContext, RawFinding } from './types';

/** sets.List(supportedContainerRestartPolicies): sorted. */
export const CONTAINER_RESTART_POLICIES = ['Always', 'Never', 'OnFailure'] as const;
const MAX_RULES = 20;
const MAX_EXIT_CODES = 255;

/** The restartPolicy a container wrote, when it is a string. */
export function restartPolicyOf(c: ContainerView): string | undefined {
  return stringOr(c.spec.restartPolicy);
}

/** An unsupported container restartPolicy value, with the values the target version accepts. */
export function unsupportedRestartPolicy(c: ContainerView, supported: readonly string[], ctx: LintContext): RawFinding[] {
  const policy = restartPolicyOf(c);
  if (policy === undefined || supported.includes(policy)) return [];
  return [containerFinding(c, [...c.path, 'restartPolicy'], (p) => apiError.notSupported(p, policy, supported), ctx)];
}

/** What is wrong with a container's restartPolicyRules where ContainerRestartRules is on. */
export function restartRulesErrors(c: ContainerView, ctx: LintContext): RawFinding[] {
  const rules = arrayOr(c.spec.restartPolicyRules);
  if (rules.length === 0) return [];
  const at = (key: YamlPath, message: (p: string) => string) => containerFinding(c, [...c.path, ...key], message, ctx);
  const policy = restartPolicyOf(c);
  if (policy === undefined) return [at(['restartPolicy'], (p) => apiError.required(p, 'must specify restartPolicy when restart rules are used'))];
  if (c.ref.list === 'initContainers' && policy === 'Always' && !ctx.atLeast(FEATURE_SINCE.restartAllContainers)) {
    return [at(['restartPolicyRules'], (p) => apiError.forbidden(p, 'restartPolicyRules are not allowed for init containers with restart policy Always'))];
  }
  const findings: RawFinding[] = [];
  if (rules.length > MAX_RULES) findings.push(at(['restartPolicyRules'], (p) => apiError.tooMany(p, rules.length, MAX_RULES)));
  const actions = ctx.atLeast(FEATURE_SINCE.restartAllContainers) ? ['Restart', 'RestartAllContainers'] : ['Restart'];
  rules.forEach((raw, i) => {
    const rule = recordOr(raw) ?? {};
    const action = stringOr(rule.action) ?? '';
    if (!actions.includes(action)) findings.push(at(['restartPolicyRules', i, 'action'], (p) => apiError.notSupported(p, action, actions)));
    if (!isRecord(rule.exitCodes)) {
      findings.push(at(['restartPolicyRules', i, 'exitCodes'], (p) => apiError.required(p, 'must be specified')));
      return;
    }
    const operator = stringOr(rule.exitCodes.operator) ?? '';
    if (operator !== 'In' && operator !== 'NotIn') findings.push(at(['restartPolicyRules', i, 'exitCodes', 'operator'], (p) => apiError.notSupported(p, operator, ['In', 'NotIn'])));
    const values = arrayOr(rule.exitCodes.values);
    if (values.length > MAX_EXIT_CODES) findings.push(at(['restartPolicyRules', i, 'exitCodes', 'values'], (p) => apiError.tooMany(p, values.length, MAX_EXIT_CODES)));
  });
  return findings;
}
