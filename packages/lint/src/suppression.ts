/**
 * Suppression by annotation, in the style of kube-linter's
 * `ignore-check.kube-linter.io/<check>: "reason"`:
 *
 *     metadata:
 *       annotations:
 *         podsmith.dev/ignore-log-shipper-not-native: "fluentd here only tails node files"
 *
 * on the workload's metadata or on the pod template's. The reason is required: an
 * annotation with an empty value suppresses nothing and is reported back, so every
 * switched-off finding says why.
 */
import type { PodView } from '@podsmith/manifest';
import type { IgnoredSuppression } from './types';

export const SUPPRESSION_PREFIX = 'podsmith.dev/ignore-';

export interface Suppression {
  readonly annotation: string;
  readonly reason: string;
}

export interface PodSuppressions {
  /** rule id → the annotation that suppresses it. */
  readonly byRule: ReadonlyMap<string, Suppression>;
  readonly ignored: readonly IgnoredSuppression[];
}

export function suppressionsOf(pod: PodView, knownRules: ReadonlySet<string>): PodSuppressions {
  const byRule = new Map<string, Suppression>();
  const ignored = new Map<string, IgnoredSuppression>();
  const levels = [
    { annotations: pod.workload.annotations, metadata: [...pod.workload.path, 'metadata'] },
    { annotations: pod.podAnnotations, metadata: [...pod.ref.specPath.slice(0, -1), 'metadata'] },
  ];
  for (const { annotations, metadata } of levels) {
    for (const [annotation, value] of Object.entries(annotations)) {
      if (!annotation.startsWith(SUPPRESSION_PREFIX)) continue;
      const ruleId = annotation.slice(SUPPRESSION_PREFIX.length);
      const reason = value.trim();
      const problem = !knownRules.has(ruleId) ? 'unknown-rule' : reason === '' ? 'missing-reason' : undefined;
      if (!problem) byRule.set(ruleId, { annotation, reason });
      // Written on both levels: the workload's is the one reported.
      else if (!ignored.has(annotation)) ignored.set(annotation, { annotation, pod: pod.ref, path: [...metadata, 'annotations', annotation], problem });
    }
  }
  // An annotation with a reason on one level wins over the same one without a reason on the other.
  for (const { annotation } of byRule.values()) ignored.delete(annotation);
  return { byRule, ignored: [...ignored.values()] };
}
