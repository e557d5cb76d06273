/**
 * Time → x. Startup and termination (or completion) sit side by side on one axis, with
 * a break between them: the time between is whatever the pod runs for. Inside a phase,
 * time is to scale except where nothing happens for long (the grace period after every
 * container has gone; no container starting or stopping): such a stretch is drawn short,
 * as a break that says how long it is. A phase that never ends (a Job that never
 * completes) gets an open tail.
 */
import type { Phase, PhaseKind, Problem } from '@podsmith/lifecycle';

/** One piece of a phase's axis: [from, to] seconds drawn over [x0, x1] pixels. */
export interface ScaleSegment {
  readonly from: number;
  readonly to: number;
  readonly x0: number;
  readonly x1: number;
  /** Not to scale: a long stretch where nothing happens, drawn short. */
  readonly compressed: boolean;
}

export interface PhaseScale {
  readonly kind: PhaseKind;
  readonly x0: number;
  /** Where the phase's last known moment is drawn. */
  readonly x1: number;
  /** x1, or the end of the open tail ("… for ever") when the phase never ends. */
  readonly xEnd: number;
  readonly open: boolean;
  /** The last moment anything happens in the phase, in seconds. */
  readonly last: number;
  /** Ordered, contiguous. */
  readonly segments: readonly ScaleSegment[];
}

/** A stretch longer than this, and longer than half the phase, is drawn short. */
const BREAK_MIN_SECONDS = 8;
const BREAK_SHARE = 0.5;
/** The open tail of a phase that never ends, in pixels. */
export const TAIL_WIDTH = 44;
/** Neither phase gets less than this share of the width. */
const MIN_PHASE_SHARE = 0.3;

/** Every moment something starts, stops or happens in the phase, sorted, without repeats. */
export function keyTimes(phase: Phase, problems: readonly Problem[]): number[] {
  const times = new Set<number>([0]);
  const add = (t: number | undefined) => {
    if (t !== undefined && Number.isFinite(t) && t >= 0) times.add(t);
  };
  for (const track of phase.tracks) {
    for (const span of track.spans) {
      add(span.from);
      add(span.to);
    }
  }
  phase.events.forEach((e) => add(e.at));
  add(phase.end);
  add(phase.deadline);
  for (const problem of problems) {
    if (problem.phase !== phase.kind) continue;
    add(problem.from);
    add(problem.to);
  }
  return [...times].sort((a, b) => a - b);
}

/** True when the phase goes on for ever: it never ends, or a container in it never stops. */
export function isOpen(phase: Phase, problems: readonly Problem[]): boolean {
  return (
    phase.end === undefined ||
    phase.tracks.some((t) => t.spans.some((s) => s.to === undefined)) ||
    problems.some((p) => p.phase === phase.kind && p.to === undefined)
  );
}

/** When some container is starting or stopping: never drawn short, however long (a preStop hook that runs into the deadline). */
export function busyStretches(phase: Phase): { readonly from: number; readonly to: number }[] {
  return phase.tracks.flatMap((track) =>
    track.spans.filter((s) => s.state === 'starting' || s.state === 'terminating').map((s) => ({ from: s.from, to: s.to ?? Infinity })),
  );
}

interface Interval {
  readonly from: number;
  readonly to: number;
  readonly weight: number;
  readonly compressed: boolean;
}

/** The phase's intervals between key times, each with the width it deserves (in seconds of drawing). */
export function phaseIntervals(times: readonly number[], busy: readonly { readonly from: number; readonly to: number }[] = []): Interval[] {
  const last = times[times.length - 1] ?? 0;
  const pairs = times.slice(1).map((to, i) => ({ from: times[i]!, to }));
  const idle = (p: { from: number; to: number }) => !busy.some((b) => b.from < p.to && b.to > p.from);
  const longer = (p: { from: number; to: number }) => p.to - p.from > BREAK_MIN_SECONDS && p.to - p.from > BREAK_SHARE * last && idle(p);
  // Drawn short beside what is drawn to scale; a phase that is one long stretch stays as it is.
  const anyShort = pairs.some((p) => !longer(p) && p.to > p.from);
  const long = (p: { from: number; to: number }) => anyShort && longer(p);
  const toScale = pairs.filter((p) => !long(p)).reduce((sum, p) => sum + p.to - p.from, 0);
  // A break is as wide as a quarter of what is drawn to scale: visible, never dominant.
  const breakWeight = Math.min(3, Math.max(0.5, 0.25 * toScale));
  const intervals = pairs.map((p) => (long(p) ? { ...p, weight: breakWeight, compressed: true } : { ...p, weight: p.to - p.from, compressed: false }));
  // A phase where everything happens at once still gets some width.
  return intervals.length > 0 && intervals.some((i) => i.weight > 0) ? intervals : [{ from: 0, to: last, weight: 1, compressed: false }];
}

const weightOf = (intervals: readonly Interval[]) => intervals.reduce((sum, i) => sum + i.weight, 0);

/** One phase's scale over [x0, x0 + width] (the tail, when open, comes after). */
function placePhase(kind: PhaseKind, intervals: readonly Interval[], open: boolean, x0: number, width: number): PhaseScale {
  const total = weightOf(intervals);
  let x = x0;
  const segments = intervals.map((interval) => {
    const w = (interval.weight / total) * width;
    const segment = { from: interval.from, to: interval.to, x0: x, x1: x + w, compressed: interval.compressed };
    x += w;
    return segment;
  });
  const x1 = x0 + width;
  return { kind, x0, x1, xEnd: open ? x1 + TAIL_WIDTH : x1, open, last: intervals[intervals.length - 1]?.to ?? 0, segments };
}

/**
 * Both phases over [x0, x0 + width], a gap of `gap` pixels between them, each phase's
 * width in proportion to what it draws (none under 30 %).
 */
export function axisScales(phases: readonly [Phase, Phase], problems: readonly Problem[], x0: number, width: number, gap: number): [PhaseScale, PhaseScale] {
  const [a, b] = phases.map((phase) => ({ phase, intervals: phaseIntervals(keyTimes(phase, problems), busyStretches(phase)), open: isOpen(phase, problems) })) as [
    { phase: Phase; intervals: Interval[]; open: boolean },
    { phase: Phase; intervals: Interval[]; open: boolean },
  ];
  const drawable = Math.max(0, width - gap - (a.open ? TAIL_WIDTH : 0) - (b.open ? TAIL_WIDTH : 0));
  const share = Math.min(1 - MIN_PHASE_SHARE, Math.max(MIN_PHASE_SHARE, weightOf(a.intervals) / (weightOf(a.intervals) + weightOf(b.intervals))));
  const first = placePhase(a.phase.kind, a.intervals, a.open, x0, drawable * share);
  const second = placePhase(b.phase.kind, b.intervals, b.open, first.xEnd + gap, drawable * (1 - share));
  return [first, second];
}

/** Where a moment of the phase is drawn; undefined (for ever) is the end of the tail. */
export function xAt(scale: PhaseScale, t: number | undefined): number {
  if (t === undefined || t > scale.last) return scale.open ? scale.xEnd : scale.x1;
  if (t <= 0) return scale.x0;
  const segment = scale.segments.find((s) => t <= s.to) ?? scale.segments[scale.segments.length - 1];
  if (!segment || segment.to === segment.from) return segment?.x1 ?? scale.x0;
  return segment.x0 + ((t - segment.from) / (segment.to - segment.from)) * (segment.x1 - segment.x0);
}

/** `5 s`, `1.5 s`, `0 s`; `never` for an assumption of for ever (a daemon's run time). */
export function formatSeconds(t: number): string {
  return Number.isFinite(t) ? `${Math.round(t * 10) / 10} s` : 'never';
}

/** What a tick of the phase's axis says: seconds since the pod was scheduled, or since termination began (`T+5 s`). */
export function tickText(kind: PhaseKind, t: number): string {
  if (kind === 'startup') return formatSeconds(t);
  const prefix = kind === 'termination' ? 'T' : '';
  return t === 0 && prefix ? prefix : `${prefix}+${formatSeconds(t)}`;
}
