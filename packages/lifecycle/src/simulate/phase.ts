/**
 * Writing one phase down: each container's state changes and the events, collected as
 * the simulation computes them, then turned into spans and a time-ordered event list.
 */
import type { ContainerView, Lane } from '@podsmith/manifest';
import type { ContainerState, EventKind, LaneTrack, LifecycleEvent, Phase, PhaseKind, Span } from '../types';
import { INJECTORS } from '../injected/releases';

interface Mark {
  readonly at: number;
  readonly state: ContainerState;
  readonly label?: string;
}

export interface PhaseDraft {
  readonly marks: Map<string, Mark[]>;
  readonly events: LifecycleEvent[];
}

export function newDraft(): PhaseDraft {
  return { marks: new Map(), events: [] };
}

/** From `at` on, container `id` is in `state` (until its next mark). */
export function mark(draft: PhaseDraft, id: string, at: number, state: ContainerState, label?: string): void {
  const list = draft.marks.get(id);
  const m: Mark = label === undefined ? { at, state } : { at, state, label };
  if (list) list.push(m);
  else draft.marks.set(id, [m]);
}

export function event(draft: PhaseDraft, at: number, kind: EventKind, text: string, container?: string): void {
  draft.events.push(container === undefined ? { at, kind, text } : { at, kind, container, text });
}

/**
 * At one instant, what happens first: a container that exits at the deadline has exited
 * before it; SIGTERM and SIGKILL sent at the deadline follow it; the pod completes last,
 * once its last container is gone (killed at that instant too). Otherwise the order in
 * which the simulation met them (its causal order).
 */
const AT_SAME_TIME: Partial<Record<EventKind, number>> = { 'grace-period-deadline': 1, SIGTERM: 2, SIGKILL: 3, 'pod-completes': 4 };

export function finishPhase(draft: PhaseDraft, kind: PhaseKind, containers: readonly ContainerView[], end: number | undefined, deadline?: number): Phase {
  const tracks: LaneTrack[] = containers.flatMap((c) => {
    if (c.lane === 'ephemeral') return [];
    const drawn = track(c.id, c.lane, draft.marks.get(c.id) ?? [], end);
    // Added at admission (withInjected): the timeline says by whom.
    return [c.injected ? { ...drawn, injected: INJECTORS[c.injected.by].title } : drawn];
  });
  const events = draft.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || (AT_SAME_TIME[a.e.kind] ?? 0) - (AT_SAME_TIME[b.e.kind] ?? 0) || a.i - b.i)
    .map(({ e }) => e);
  return { kind, tracks, events, end, ...(deadline !== undefined && { deadline }) };
}

function track(container: string, lane: Lane, marks: readonly Mark[], end: number | undefined): LaneTrack {
  const sorted = [...marks].sort((a, b) => a.at - b.at);
  const spans: Span[] = [];
  sorted.forEach((m, i) => {
    const to = sorted[i + 1]?.at ?? end;
    if (to !== undefined && to <= m.at) return; // an instant: nothing to draw
    spans.push(m.label === undefined ? { from: m.at, to, state: m.state } : { from: m.at, to, state: m.state, label: m.label });
  });
  return { container, lane, spans };
}
