import { parseManifest, projectPod, type ParsedManifest, type PodRef, type PodView } from '@podsmith/manifest';
import { lintState, type LintSetup, type LintState } from './findings';
import { configMapsOf, timelineState, type TimelineSetup, type TimelineState } from './timeline';

/** What the derivation needs besides the text: the target version, and the lazily loaded linter and simulator. */
export type DeriveSetup = LintSetup & TimelineSetup;

/** Everything the UI shows is derived from the text; this is the pure derivation. */
export interface Derived extends LintState, TimelineState {
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
 * Parse, project the pod being designed, lint every pod and simulate the pod's life, in
 * one pass: the diagram, the findings and the timeline change in the same store update.
 * While the text does not parse, the last good parse, its pod, its findings and its
 * timeline are kept.
 */
export function derive(text: string, previous: Derived | undefined, setup: DeriveSetup, wantedPod = previous?.podIndex ?? 0): Derived {
  const parsed = parseManifest(text);
  const lastGood = parsed.ok || !previous ? parsed : previous.lastGood;
  const podIndex = Math.min(Math.max(0, wantedPod), Math.max(0, lastGood.pods.length - 1));
  const ref: PodRef | undefined = lastGood.pods[podIndex];
  const pod = ref ? projectPod(lastGood, ref, previous?.pod) : undefined;
  return {
    parsed,
    lastGood,
    podIndex,
    pod,
    stale: !parsed.ok,
    ...lintState(lastGood, setup, previous),
    ...timelineState(pod, configMapsOf(lastGood), setup, previous),
  };
}
