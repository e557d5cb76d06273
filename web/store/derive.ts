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
 *
 * `checks: false` (typing, store.ts) stops after the pod: the findings and the timeline
 * stay the previous ones, to be brought up to date (`checkedState`) a frame later.
 */
export function derive(text: string, previous: Derived | undefined, setup: DeriveSetup, wantedPod = previous?.podIndex ?? 0, checks = true): Derived {
  const parsed = parseManifest(text);
  const lastGood = parsed.ok || !previous ? parsed : previous.lastGood;
  const podIndex = Math.min(Math.max(0, wantedPod), Math.max(0, lastGood.pods.length - 1));
  const ref: PodRef | undefined = lastGood.pods[podIndex];
  const pod = ref ? projectPod(lastGood, ref, previous?.pod) : undefined;
  const view = { parsed, lastGood, podIndex, pod, stale: !parsed.ok };
  return { ...view, ...(checks || !previous ? checkedState(view, setup, previous) : uncheckedState(previous)) };
}

/** The findings and the timeline of `derived`'s parse and pod (the previous ones when those did not change). */
export function checkedState(derived: Pick<Derived, 'lastGood' | 'pod'>, setup: DeriveSetup, previous?: LintState & TimelineState): LintState & TimelineState {
  return { ...lintState(derived.lastGood, setup, previous), ...timelineState(derived.pod, configMapsOf(derived.lastGood), setup, previous) };
}

/** True when the findings or the timeline are of an earlier parse or pod than `derived`'s. */
export function checksBehind(derived: Derived): boolean {
  return derived.linted !== derived.lastGood || derived.simulatedWith.pod !== derived.pod;
}

function uncheckedState({ lint, lintedWith, linted, simulation, simulationError, simulatedWith }: Derived): LintState & TimelineState {
  return { lint, lintedWith, linted, simulation, simulationError, simulatedWith };
}
