/**
 * Playing the timeline: its steps are the events of startup, then of termination (or
 * completion), in order. At a step every container is in the state its lane shows at
 * that moment; the diagram's nodes show it as a chip.
 */
import type { LifecycleEvent, Phase, Problem, Simulation, Span } from '@podsmith/lifecycle';

export interface Step {
  readonly phase: Phase;
  readonly event: LifecycleEvent;
}

export function stepCount(simulation: Simulation): number {
  return simulation.startup.events.length + simulation.shutdown.events.length;
}

/** The step at `index` (0-based over both phases), or undefined. */
export function stepAt(simulation: Simulation, index: number | undefined): Step | undefined {
  if (index === undefined || index < 0) return undefined;
  const { startup, shutdown } = simulation;
  const phase = index < startup.events.length ? startup : shutdown;
  const event = phase.events[phase === startup ? index : index - startup.events.length];
  return event && { phase, event };
}

/** The span a container is in at `t` of the phase: the last one begun by then (a span that ended before is left behind). */
export function spanAt(phase: Phase, container: string, t: number): Span | undefined {
  const spans = phase.tracks.find((track) => track.container === container)?.spans ?? [];
  const begun = spans.filter((s) => s.from <= t);
  return begun.findLast((s) => s.to === undefined || t < s.to) ?? begun[begun.length - 1];
}

/** The state of a container at a step; undefined when no step is chosen or the container has no lane in that phase. */
export function spanAtStep(simulation: Simulation, index: number | undefined, container: string): Span | undefined {
  const step = stepAt(simulation, index);
  return step && spanAt(step.phase, container, step.event.at);
}

/** Previous (-1) or next (+1) step: next from no step is the first, previous from the first is none. */
export function moveStep(index: number | undefined, count: number, delta: -1 | 1): number | undefined {
  if (count === 0) return undefined;
  if (index === undefined) return delta > 0 ? 0 : undefined;
  const next = index + delta;
  if (next < 0) return undefined;
  return Math.min(next, count - 1);
}

/** A step chosen for another simulation, brought into this one's range. */
export function clampStep(index: number | undefined, count: number): number | undefined {
  if (index === undefined || count === 0) return undefined;
  return Math.min(Math.max(0, index), count - 1);
}

/** The step where a problem shows: the first event of its phase at or after it begins (else the phase's last). */
export function stepForProblem(simulation: Simulation, problem: Problem): number | undefined {
  const { startup, shutdown } = simulation;
  const [phase, offset] = problem.phase === 'startup' ? [startup, 0] : [shutdown, startup.events.length];
  if (phase.events.length === 0) return undefined;
  const found = phase.events.findIndex((e) => e.at >= problem.from);
  return offset + (found < 0 ? phase.events.length - 1 : found);
}

/** The step the chart's keys go to: the arrows one step, Home and End the ends; undefined result for a key that does not step. */
export function stepAfterKey(key: string, index: number | undefined, count: number): { readonly step: number | undefined } | undefined {
  switch (key) {
    case 'ArrowRight':
      return { step: moveStep(index, count, 1) };
    case 'ArrowLeft':
      return { step: moveStep(index, count, -1) };
    case 'Home':
      return { step: count > 0 ? 0 : undefined };
    case 'End':
      return { step: count > 0 ? count - 1 : undefined };
    default:
      return undefined;
  }
}
