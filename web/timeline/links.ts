/**
 * A problem on the timeline and the finding that says the same thing, both ways: the
 * same lint rule, about the same container (a finding names one container; a problem
 * lists the ones it involves, the one it is about first).
 */
import type { Problem, Simulation } from '@podsmith/lifecycle';
import type { Finding } from '@podsmith/lint';
import { samePodRef, type PodView } from '@podsmith/manifest';
import { findingTarget } from '../store/findings';
import { problemShown } from './problems';

function containerOf(finding: Finding, pod: PodView): string | undefined {
  return findingTarget(finding, pod).container?.id ?? finding.container;
}

/** How well a finding and a problem match: 2 about the same container, 1 the same rule and a container involved, 0 the same rule only, -1 no match. */
function match(problem: Problem, finding: Finding, pod: PodView): number {
  if (finding.ruleId !== problem.rule || !finding.pod || !samePodRef(finding.pod, pod.ref)) return -1;
  const container = containerOf(finding, pod);
  if (container === undefined) return 0;
  if (container === problem.containers[0]) return 2;
  return problem.containers.includes(container) ? 1 : -1;
}

function best<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let found: T | undefined;
  let top = -1;
  for (const item of items) {
    const s = score(item);
    if (s > top) [found, top] = [item, s];
  }
  return found;
}

/** The finding a problem's mark links to, among the findings of the file. */
export function findingForProblem(problem: Problem, findings: readonly Finding[], pod: PodView): Finding | undefined {
  return best(findings, (f) => match(problem, f, pod));
}

/** The index (in `problems`) of the problem a finding's "Show on timeline" goes to; -1 when the timeline has none. */
export function problemForFinding(finding: Finding, problems: readonly Problem[], pod: PodView): number {
  const found = best(problems, (p) => match(p, finding, pod));
  return found ? problems.indexOf(found) : -1;
}

/** The same, among the problems the timeline draws (-1 for one of a phase it does not draw). */
export function shownProblemForFinding(finding: Finding, simulation: Simulation, pod: PodView): number {
  const index = problemForFinding(finding, simulation.problems, pod);
  return index >= 0 && problemShown(simulation, simulation.problems[index]!) ? index : -1;
}
