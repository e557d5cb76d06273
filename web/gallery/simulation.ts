/**
 * A pattern form's lifecycle: the same simulator as the designer's timeline, over a text
 * the store does not hold, with the default assumptions. The gallery is a lazy chunk,
 * so the simulator comes with it.
 */
import { parseManifest, projectPod } from '@podsmith/manifest';
import type { Simulation } from '@podsmith/lifecycle';
import { simulate } from '@podsmith/lifecycle/simulate';
import { timelineTitle } from '../timeline/eventsText';

export interface FormSimulation {
  readonly simulation: Simulation;
  /** `Pod web, Kubernetes 1.36`: what the timeline is of. */
  readonly title: string;
}

/** Simulate the form's pod (its first); undefined when it holds none. */
export function simulatePatternForm(yaml: string, k8sVersion: string): FormSimulation | undefined {
  const parsed = parseManifest(yaml);
  const ref = parsed.pods[0];
  const pod = ref && projectPod(parsed, ref);
  if (!pod) return undefined;
  return { simulation: simulate(pod, { k8sVersion, overrides: {} }), title: timelineTitle(pod, k8sVersion) };
}
