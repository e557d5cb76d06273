/**
 * The grace-period overrun the grace-period-exhausted rule reports: the simulator's
 * startup and termination without the problems and the timeline, so that the linter (in
 * the first-load chunk) does not carry the whole simulator, which the app loads lazily.
 */
import type { PodModel } from '../pod/model';
import { assumptionsOf } from './assumptions';
import type { Sim } from './context';
import { deadlineOverrun, type DeadlineOverrun } from './deadline';
import { featuresAt } from './features';
import { simulateStartup } from './startup';
import { simulateTermination } from './termination';

/**
 * The grace-period overrun of a pod deleted while it runs, on the default assumptions:
 * what the grace-period-exhausted rule reports. Undefined when every container is gone by
 * the deadline, or the pod never gets to run.
 */
export function gracePeriodOverrun(model: PodModel, k8sVersion: string): DeadlineOverrun | undefined {
  const features = featuresAt(k8sVersion);
  const sim: Sim = { model, features, assumptions: assumptionsOf(model, features) };
  const startup = simulateStartup(sim);
  return startup.stuck ? undefined : deadlineOverrun(sim, simulateTermination(sim, startup.running), startup.running);
}
