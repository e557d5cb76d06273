/**
 * simulate(pod, options): a pod's life as data, for the timeline, the diagram and the
 * linter. Pure and fast (it runs on every keystroke): startup, then the deletion of the
 * running pod, or for a pod that runs to completion its completion (and its deletion).
 */
import type { PodView } from '@podsmith/manifest';
import { podModel } from '../pod/model';
import type { Phase, SimulateOptions, Simulation } from '../types';
import { assumptionsOf, withOverrides } from './assumptions';
import { simulateCompletion } from './completion';
import { lifeContainers, type Sim } from './context';
import { featuresAt, versionNotes } from './features';
import { completionProblems, startupProblems, terminationProblems } from './problems';
import { runningAt, simulateStartup } from './startup';
import { simulateTermination } from './termination';

export function simulate(pod: PodView, options: SimulateOptions): Simulation {
  const model = podModel(pod, options.sameRun);
  const features = featuresAt(options.k8sVersion);
  const assumptions = withOverrides(assumptionsOf(model, features), options.overrides);
  const sim: Sim = { model, features, assumptions };
  const startup = simulateStartup(sim);
  const running = options.deletedAt === undefined ? startup.running : runningAt(startup, lifeContainers(sim), options.deletedAt);
  const termination = simulateTermination(sim, running);
  // The problems of a deletion are only simulated for a pod that got to run.
  const deletionProblems = startup.stuck ? [] : terminationProblems(sim, termination, running);
  const problems = startupProblems(sim, startup);
  let shutdown: Phase = termination.phase;
  let deletion: Phase | undefined;
  if (model.facts.runsToCompletion) {
    const completion = simulateCompletion(sim, startup);
    shutdown = completion.phase;
    deletion = termination.phase;
    problems.push(...completionProblems(sim, startup, completion));
  }
  problems.push(...deletionProblems);
  return { startup: startup.phase, shutdown, ...(deletion && { deletion }), problems, assumptions, notes: versionNotes(model, features) };
}
