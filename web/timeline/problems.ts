/** What the timeline writes on a problem's mark: a few words for its kind (the full sentence is the problem's own). */
import type { Problem, Simulation } from '@podsmith/lifecycle';

const TITLES: Readonly<Record<string, string>> = {
  'lost-logs': 'lost logs',
  'never-completes': 'never completes',
  'starts-before-dependency': 'starts before its sidecar',
  'killed-at-deadline': 'killed at the deadline',
  'sidecar-gone-early': 'sidecar gone early',
  'sidecar-dropped': 'sidecar dropped: a plain init container',
  'stops-before-dependent': 'stops before a sidecar that needs it',
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
