import { parseManifest, projectPod, type ParsedManifest, type PodRef, type PodView } from '@podsmith/manifest';
import { lintState, type LintSetup, type LintState } from './findings';

/** Everything the UI shows is derived from the text; this is the pure derivation. */
export interface Derived extends LintState {
  readonly parsed: ParsedManifest;
  /** The last parse without errors: the diagram keeps showing it while the text is broken. */
  readonly lastGood: ParsedManifest;
  /** Index into lastGood.pods of the pod being designed. */
  readonly podIndex: number;
  readonly pod: PodView | undefined;
  /** True while the text does not parse: the diagram is greyed and refuses edits. */
  readonly stale: boolean;
}

/**
 * Parse, project the pod being designed and lint every pod, in one pass: the diagram
 * and the findings change in the same store update. While the text does not parse, the
 * last good parse, its pod and its findings are kept.
 */
export function derive(text: string, previous: Derived | undefined, setup: LintSetup, wantedPod = previous?.podIndex ?? 0): Derived {
  const parsed = parseManifest(text);
  const lastGood = parsed.ok || !previous ? parsed : previous.lastGood;
  const podIndex = Math.min(Math.max(0, wantedPod), Math.max(0, lastGood.pods.length - 1));
  const ref: PodRef | undefined = lastGood.pods[podIndex];
  return {
    parsed,
    lastGood,
    podIndex,
    pod: ref ? projectPod(lastGood, ref, previous?.pod) : undefined,
    stale: !parsed.ok,
    ...lintState(lastGood, setup, previous),
  };
}
