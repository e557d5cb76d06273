/**
 * The lifecycle timeline is derived state, beside the findings: the simulation of the
 * pod on the diagram for the target version and the user's assumption overrides. The
 * simulator arrives lazily (it is not part of the first load), so it is passed in.
 */
import { configMapsIn, withInjected, type AssumptionOverrides, type ConfigMapFiles, type SimulateOptions, type Simulation } from '@podsmith/lifecycle';
import { Derived, type ParsedManifest, type PodView } from '@podsmith/manifest';

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
  /** The pod, the file's ConfigMaps and the setup `simulation` was computed from. */
  readonly simulatedWith: { readonly pod: PodView | undefined; readonly configMaps: readonly ConfigMapFiles[]; readonly setup: TimelineSetup };
}

/**
 * Simulate `pod` for the setup, as it runs: with the containers admission webhooks add
 * (an Istio proxy, a Vault agent), which are not in the YAML, and with the files its
 * containers mount from the file's ConfigMaps (a Job's script, an agent's configuration),
 * as the linter reads them, so that the two agree. While neither the pod (a broken text
 * keeps the last good one, and an edit elsewhere in the file keeps its object), the
 * ConfigMaps' contents nor the setup change, the previous result is kept as it is.
 */
export function timelineState(pod: PodView | undefined, configMaps: readonly ConfigMapFiles[], setup: TimelineSetup, previous?: TimelineState): TimelineState {
  const was = previous?.simulatedWith;
  if (
    previous &&
    was &&
    was.pod === pod &&
    sameConfigMaps(was.configMaps, configMaps) &&
    was.setup.k8sVersion === setup.k8sVersion &&
    was.setup.simulator === setup.simulator &&
    was.setup.overrides === setup.overrides
  ) {
    return { simulation: previous.simulation, simulationError: previous.simulationError, simulatedWith: was };
  }
  const simulatedWith = { pod, configMaps, setup };
  if (!pod || !setup.simulator) return { simulation: undefined, simulationError: undefined, simulatedWith };
  try {
    const running = withInjected(pod, setup.k8sVersion);
    const options: SimulateOptions = { k8sVersion: setup.k8sVersion, overrides: setup.overrides, sameRun: { configMaps } };
    return { simulation: setup.simulator.simulate(running, options), simulationError: undefined, simulatedWith };
  } catch (error) {
    // A pod the simulator cannot follow must not stop the typing: the timeline says so instead.
    return { simulation: undefined, simulationError: error instanceof Error ? error.message : String(error), simulatedWith };
  }
}

/** The ConfigMaps of the file (of every document, as the linter reads them). */
export function configMapsOf(file: ParsedManifest): readonly ConfigMapFiles[] {
  let found = configMapsByFile.get(file);
  if (!found) configMapsByFile.set(file, (found = configMapsIn(file.documents.map((d) => d.value))));
  return found;
}

/**
 * Once per parse: the store asks again for the same last good parse on every keystroke
 * while the text is broken, and on a version or assumption change; the same array then
 * also lets sameConfigMaps answer at once.
 */
const configMapsByFile = new Derived<ParsedManifest, readonly ConfigMapFiles[]>('ConfigMaps of the file');

/** The same ConfigMaps, by content: each parse makes new objects of the same text. */
function sameConfigMaps(a: readonly ConfigMapFiles[], b: readonly ConfigMapFiles[]): boolean {
  return a === b || (a.length === b.length && a.every((m, i) => m.name === b[i]!.name && m.namespace === b[i]!.namespace && sameData(m.data, b[i]!.data)));
}

function sameData(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
