/** Which problems the timeline shows, and what it writes on a problem's mark: a few words for its kind (the full sentence is the problem's own). */
import type { Problem, Simulation } from '@podsmith/lifecycle';

/**
 * Whether a problem happens in a phase the timeline draws: startup, and the shutdown (a
 * Job's completion). The problems of a Job's deletion while it runs (`simulation.deletion`)
 * are not drawn over its completion.
 */
export function problemShown(simulation: Simulation, problem: Problem): boolean {
  return problem.phase === 'startup' || problem.phase === simulation.shutdown.kind;
}

/** The problems drawn, with their index in `simulation.problems` (what links and focus requests name). */
export function shownProblems(simulation: Simulation): { readonly problem: Problem; readonly index: number }[] {
  return simulation.problems.flatMap((problem, index) => (problemShown(simulation, problem) ? [{ problem, index }] : []));
}

const TITLES: Readonly<Record<string, string>> = {
  'lost-logs': 'lost logs',
  'never-completes': 'never completes',
  'starts-before-dependency': 'starts before its sidecar',
  'killed-at-deadline': 'killed at the deadline',
  'sidecar-gone-early': 'sidecar gone early',
  'sidecar-dropped': 'sidecar dropped: a plain init container',
  'stops-before-dependent': 'stops before a sidecar that needs it',
  'pod-fails': 'pod fails',
  'crash-loop': 'restarted for ever (CrashLoopBackOff)',
};

/**
 * `lost logs`, `stuck in Init:1/3` (how many init containers have completed, of how many,
 * as kubectl shows the pod), and for a kind this view does not know yet, its name in words.
 */
export function problemTitle(problem: Problem, simulation: Simulation): string {
  if (problem.kind === 'stuck-in-init') {
    const inits = simulation.startup.tracks.filter((t) => t.lane === 'init' || t.lane === 'sidecar').map((t) => t.container);
    const done = inits.indexOf(problem.containers[0] ?? '');
    return done < 0 ? 'stuck in Init' : `stuck in Init:${done}/${inits.length}`;
  }
  return Object.hasOwn(TITLES, problem.kind) ? TITLES[problem.kind]! : String(problem.kind).replace(/-/g, ' ');
}
