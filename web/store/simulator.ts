/**
 * The lifecycle simulator arrives lazily, like the linter (web/store/linter.ts): it is not
 * part of the first load. The store asks for it at start-up; until it is here the
 * timeline says "Simulating…", and once it is here every simulation runs synchronously,
 * in the same store update as the diagram and the findings.
 */
import type { Simulator } from './timeline';

let loading: Promise<Simulator> | undefined;

/** @podsmith/lifecycle's simulator, from its own entry (the package's index is in the first load, for the injected containers): the same promise every time. */
export function loadSimulator(): Promise<Simulator> {
  return (loading ??= import('@podsmith/lifecycle/simulate'));
}
