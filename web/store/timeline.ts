/**
 * The lifecycle timeline is derived state, beside the findings: the simulation of the
 * pod on the diagram for the target version and the user's assumption overrides. The
 * simulator arrives lazily (it is not part of the first load), so it is passed in.
 */
import { withInjected, type AssumptionOverrides, type SimulateOptions, type Simulation } from '@podsmith/lifecycle';
import type { PodView } from '@podsmith/manifest';

/** What the timeline needs of @podsmith/lifecycle. */
export interface Simulator {
  simulate(pod: PodView, options: SimulateOptions): Simulation;
}

export interface TimelineSetup {
  readonly k8sVersion: string;
  /** Undefined until @podsmith/lifecycle has loaded. */
  readonly simulator: Simulator | undefined;
  /** The assumptions the user changed in the timeline (app state, never the YAML). */
  readonly overrides: AssumptionOverrides;
}

export interface TimelineState {
  /** Undefined while the simulator loads, without a pod, or when simulating failed. */
  readonly simulation: Simulation | undefined;
  /** Why there is no simulation although there is a pod and a simulator. */
  readonly simulationError: string | undefined;
  /** The pod and setup `simulation` was computed from. */
  readonly simulatedWith: { readonly pod: PodView | undefined; readonly setup: TimelineSetup };
}

/**
 * Simulate `pod` for the setup, as it runs: with the containers admission webhooks add
 * (an Istio proxy, a Vault agent), which are not in the YAML. While neither the pod (a broken text keeps the last
 * good one, and an edit elsewhere in the file keeps its object) nor the setup changes,
 * the previous result is kept as it is.
 */
export function timelineState(pod: PodView | undefined, setup: TimelineSetup, previous?: TimelineState): TimelineState {
  const was = previous?.simulatedWith;
  if (previous && was && was.pod === pod && was.setup.k8sVersion === setup.k8sVersion && was.setup.simulator === setup.simulator && was.setup.overrides === setup.overrides) {
    return { simulation: previous.simulation, simulationError: previous.simulationError, simulatedWith: was };
  }
  const simulatedWith = { pod, setup };
  if (!pod || !setup.simulator) return { simulation: undefined, simulationError: undefined, simulatedWith };
  try {
    const running = withInjected(pod, setup.k8sVersion);
    return { simulation: setup.simulator.simulate(running, { k8sVersion: setup.k8sVersion, overrides: setup.overrides }), simulationError: undefined, simulatedWith };
  } catch (error) {
    // A pod the simulator cannot follow must not stop the typing: the timeline says so instead.
    return { simulation: undefined, simulationError: error instanceof Error ? error.message : String(error), simulatedWith };
  }
}
