/**
 * invalid-lifecycle-hook: lifecycle handlers the API server rejects (validateLifecycle,
 * validateHandler, validateSleepAction): not exactly one handler type, an exec hook
 * without a command, a sleep longer than the grace period or negative.
 */
import type { ContainerView, YamlPath } from '@podsmith/manifest';
import { apiError } from '../messages';
import { arrayOr, FEATURE_SINCE, isRecord, numberOr, type PlainRecord, recordOr } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

/** Handler types of a lifecycle hook, in the order validateHandler visits them. */
const HANDLER_TYPES = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;

export const rule: Rule = {
  id: 'invalid-lifecycle-hook',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'A postStart or preStop hook the API server rejects: no handler or more than one, an exec without command, a sleep action longer than terminationGracePeriodSeconds or negative (zero allowed from 1.33).',
    why: 'validateLifecycle rejects the whole object. The sleep action is checked against the Pod\'s grace period; it exists from 1.29 (alpha, off) and is on by default from 1.30, so on older targets a sleep-only hook has no handler at all.',
    fix: 'Give each hook exactly one handler; keep sleep.seconds between 0 and terminationGracePeriodSeconds, or raise the grace period.',
    link: 'https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#hook-handler-implementations',
  },
  check(_pod, ctx) {
    // Regular init containers may not have hooks at all: init-container-probes-or-hooks says so.
    const validated = ctx.facts.concurrent.filter((c) => c.lane === 'main' || ctx.nativeSidecars);
    return validated.flatMap((c) => {
      const lifecycle = recordOr(c.spec.lifecycle);
      return (['postStart', 'preStop'] as const).flatMap((hook) => {
        const handler = recordOr(lifecycle?.[hook]);
        return handler ? checkHandler(handler, [...c.path, 'lifecycle', hook], c, ctx) : [];
      });
    });
  },
};

function checkHandler(handler: PlainRecord, path: YamlPath, c: ContainerView, ctx: LintContext): RawFinding[] {
  const sleepKnown = ctx.atLeast(FEATURE_SINCE.sleepAction);
  const present = HANDLER_TYPES.filter((type) => isRecord(handler[type]) && (type !== 'sleep' || sleepKnown));
  const at = (p: YamlPath, message: string): RawFinding => ({ path: p, container: c.name, message });
  if (present.length === 0) {
    const dropped = isRecord(handler.sleep) ? ` (the sleep action is on by default only from Kubernetes ${FEATURE_SINCE.sleepAction}; ${ctx.version} drops it)` : '';
    return [at(path, apiError.required(ctx.apiPath(path), `must specify a handler type${dropped}`))];
  }
  const [first, ...extra] = present;
  const findings = extra.map((type) => at([...path, type], apiError.forbidden(ctx.apiPath([...path, type]), 'may not specify more than 1 handler type')));
  if (first === 'exec' && arrayOr(recordOr(handler.exec)?.command).length === 0) {
    const commandPath = [...path, 'exec', 'command'];
    findings.push(at(commandPath, apiError.required(ctx.apiPath(commandPath))));
  }
  const sleep = first === 'sleep' ? sleepError(recordOr(handler.sleep) ?? {}, [...path, 'sleep'], ctx) : undefined;
  if (sleep) findings.push(at([...path, 'sleep'], sleep));
  return findings;
}

/** validateSleepAction, with the zero-value gate of the target version. */
function sleepError(sleep: PlainRecord, path: YamlPath, ctx: LintContext): string | undefined {
  const seconds = numberOr(sleep.seconds) ?? 0;
  const grace = ctx.defaulted.terminationGracePeriodSeconds;
  if (ctx.atLeast(FEATURE_SINCE.sleepActionZero)) {
    if (seconds >= 0 && seconds <= grace) return undefined;
    return apiError.invalid(ctx.apiPath(path), seconds, `must be non-negative and less than terminationGracePeriodSeconds (${grace})`);
  }
  if (seconds > 0 && seconds <= grace) return undefined;
  return apiError.invalid(
    ctx.apiPath(path),
    seconds,
    `must be greater than 0 and less than terminationGracePeriodSeconds (${grace}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`,
  );
}
