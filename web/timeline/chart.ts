/**
 * layoutTimeline: a simulation as positioned shapes and words, for a chart `width`
 * pixels wide. Pure; the chart component only draws what this returns.
 *
 *   Startup                       ≈   Termination
 *                 pod Running          termination begins          grace deadline
 *   init  wait    ░░ exit 0
 *   main  app     ▒starting▒█ ready █  █ SIGTERM ███▏exit 0            ┆
 *   main  fluent  ▒starting▒█ running  █▏exit 0                        ┆
 *                                         [ lost logs ]
 *   0 s   2 s     6 s                  T   T+1 s   T+5 s   ≈25 s  T+30 s
 */
import type { ContainerState, EventKind, Phase, PhaseKind, Problem, Simulation } from '@podsmith/lifecycle';
import type { Lane } from '@podsmith/manifest';
import { displayName } from '../diagram/labels';
import { axisScales, formatSeconds, tickText, xAt, type PhaseScale } from './scale';
import { fitText, spreadLabels, textWidth, truncate } from './fit';
import { problemTitle, shownProblems } from './problems';
import { LANE_WORD, timelineRows } from './rows';
import { STATE_WORD } from './states';

export const ROW_HEIGHT = 22;
export const BAR_HEIGHT = 16;
const HEADER = 34;
const GROUP_GAP = 6;
const PHASE_GAP = 32;
const PROBLEM_HEIGHT = 20;
const AXIS_HEIGHT = 22;
const RIGHT_PADDING = 8;
const LANE_WORD_WIDTH = 50;
/** A problem that happens at one moment (a SIGKILL) is still this wide. */
const MIN_PROBLEM_WIDTH = 12;
/** The chart does not shrink below this: narrower, it scrolls. */
export const MIN_CHART_WIDTH = 420;

export interface RowModel {
  readonly container: string;
  readonly lane: Lane;
  readonly laneWord: string;
  /** The name as drawn (cut to fit); `title` has it whole. */
  readonly name: string;
  readonly title: string;
  readonly y: number;
}

export interface PhaseModel {
  readonly kind: PhaseKind;
  readonly title: string;
  readonly x0: number;
  readonly x1: number;
  readonly xEnd: number;
  readonly open: boolean;
}

export interface BarModel {
  readonly key: string;
  readonly container: string;
  readonly phase: PhaseKind;
  readonly state: ContainerState;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The words drawn on the bar, when they fit. */
  readonly text: string | undefined;
  /** The words in full (the bar's tooltip). */
  readonly title: string;
  /** Goes on for ever (into the open tail). */
  readonly open: boolean;
}

export type MarkerKind = 'termination' | 'deadline' | 'pod' | 'sigterm' | 'sigkill' | 'hook-start' | 'hook-end';

export interface MarkerModel {
  readonly key: string;
  readonly kind: MarkerKind;
  readonly x: number;
  /** Vertical extent: every row for the pod's markers, the container's row for the others. */
  readonly y0: number;
  readonly y1: number;
  /** Words in the header, when there is room (pod-level markers only). */
  readonly label?: { readonly text: string; readonly x: number };
  readonly title: string;
}

export interface ProblemModel {
  /** Index in `simulation.problems`. */
  readonly index: number;
  readonly problem: Problem;
  /** `lost logs`, `stuck in Init:1/3`. */
  readonly title: string;
  readonly x0: number;
  readonly x1: number;
  readonly open: boolean;
  /** The rows it covers: a hatched box over each. */
  readonly boxes: readonly { readonly y: number; readonly container: string }[];
  /** Its band under the lanes: where the words and the link go. */
  readonly bandY: number;
  /** Where the band's words start (moved left when they would run off the chart). */
  readonly textX: number;
}

export interface BreakModel {
  readonly x: number;
  /** How long the stretch drawn short is: `24 s`. */
  readonly text: string;
}

export interface TickModel {
  readonly x: number;
  readonly text: string;
}

export interface ChartModel {
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly rowsTop: number;
  readonly rowsBottom: number;
  readonly rows: readonly RowModel[];
  readonly phases: readonly PhaseModel[];
  /** The gap between the phases: the break in the axis. */
  readonly gap: { readonly x0: number; readonly x1: number };
  readonly bars: readonly BarModel[];
  readonly markers: readonly MarkerModel[];
  readonly breaks: readonly BreakModel[];
  readonly problems: readonly ProblemModel[];
  readonly ticks: readonly TickModel[];
  readonly ticksY: number;
  /** Where each step (event, startup's then the other phase's) is drawn, by step index. */
  readonly stepX: readonly number[];
  /** The row of each step's container (undefined for the pod's events), by step index. */
  readonly stepRowY: readonly (number | undefined)[];
}

const PHASE_TITLE: Readonly<Record<PhaseKind, string>> = { startup: 'Startup', termination: 'Termination', completion: 'Completion' };

const ROW_MARKER: Partial<Record<EventKind, MarkerKind>> = {
  SIGTERM: 'sigterm',
  SIGKILL: 'sigkill',
  'preStop-begins': 'hook-start',
  'postStart-begins': 'hook-start',
  'preStop-ends': 'hook-end',
  'postStart-ends': 'hook-end',
};

const POD_MARKER: Partial<Record<EventKind, { readonly kind: MarkerKind; readonly text: string }>> = {
  'termination-begins': { kind: 'termination', text: 'termination begins' },
  'pod-running': { kind: 'pod', text: 'pod Running' },
  'pod-completes': { kind: 'pod', text: 'pod completes' },
  stuck: { kind: 'pod', text: 'stuck' },
  'pod-fails': { kind: 'pod', text: 'pod fails' },
};

export function layoutTimeline(simulation: Simulation, requestedWidth: number): ChartModel {
  const width = Math.max(MIN_CHART_WIDTH, Math.floor(requestedWidth));
  const phases = [simulation.startup, simulation.shutdown] as const;
  const rowList = timelineRows(simulation);
  const longest = Math.max(0, ...rowList.map((r) => textWidth(displayName(r.container))));
  const labelWidth = Math.round(Math.min(Math.max(LANE_WORD_WIDTH + longest + 10, 110), width * 0.3));

  let y = HEADER;
  const rows: RowModel[] = rowList.map((row, i) => {
    if (i > 0 && rowList[i - 1]!.lane !== row.lane) y += GROUP_GAP;
    const model: RowModel = {
      container: row.container,
      lane: row.lane,
      laneWord: LANE_WORD[row.lane],
      name: truncate(displayName(row.container), labelWidth - LANE_WORD_WIDTH - 6),
      title: `${displayName(row.container)}${row.injected ? ` (injected by ${row.injected})` : ''}`,
      y,
    };
    y += ROW_HEIGHT;
    return model;
  });
  const rowsBottom = y;
  const rowY = new Map(rows.map((r) => [r.container, r.y]));

  const scales = axisScales(phases, simulation.problems, labelWidth, width - labelWidth - RIGHT_PADDING, PHASE_GAP);
  const scaleOf = (kind: PhaseKind) => (kind === 'startup' ? scales[0] : scales[1]);

  const bars = phases.flatMap((phase, p) => phaseBars(phase, scales[p]!, rowY));
  const markers = phases.flatMap((phase, p) => phaseMarkers(phase, scales[p]!, rowY, HEADER, rowsBottom));
  const placedLabels = spreadLabels(
    markers.filter((m) => m.label).map((m) => ({ item: m.key, x: m.x - 2, text: m.label!.text })),
    width - RIGHT_PADDING,
  );
  const labelX = new Map(placedLabels.map((l) => [l.item, l.x]));
  const labelled = markers.map((m): MarkerModel => {
    if (!m.label) return m;
    const x = labelX.get(m.key);
    const { label: _dropped, ...rest } = m;
    return x === undefined ? rest : { ...m, label: { text: m.label.text, x } };
  });

  const problemsTop = rowsBottom + 6;
  const problems = shownProblems(simulation).map(({ problem, index }, band) => {
    const scale = scaleOf(problem.phase);
    const box = problemExtent(scale, problem);
    const title = problemTitle(problem, simulation);
    const bandY = problemsTop + band * PROBLEM_HEIGHT;
    const textX = Math.max(labelWidth, Math.min(box.x0, width - RIGHT_PADDING - markWidth(title)));
    const boxes = problem.containers.flatMap((container) => {
      const rowTop = rowY.get(container);
      return rowTop === undefined ? [] : [{ y: rowTop, container }];
    });
    return { index, problem, title, ...box, boxes, bandY, textX };
  });

  const ticksY = problemsTop + problems.length * PROBLEM_HEIGHT + 4;
  const breaks = scales.flatMap((scale) =>
    scale.segments.filter((s) => s.compressed).map((s) => ({ x: (s.x0 + s.x1) / 2, text: formatSeconds(s.to - s.from) })),
  );
  const tickItems = [
    ...scales.flatMap((scale) => [0, ...scale.segments.map((s) => s.to)].map((t) => ({ item: tickText(scale.kind, t), x: xAt(scale, t), text: tickText(scale.kind, t) }))),
    ...breaks.map((b) => ({ item: `≈${b.text}`, x: b.x - textWidth(`≈${b.text}`) / 2, text: `≈${b.text}` })),
  ];
  const ticks = spreadLabels(dedupe(tickItems), width - RIGHT_PADDING).map((t) => ({ x: t.x, text: t.item }));
  const stepX = phases.flatMap((phase, p) => phase.events.map((e) => xAt(scales[p]!, e.at)));
  const stepRowY = phases.flatMap((phase) => phase.events.map((e) => (e.container === undefined ? undefined : rowY.get(e.container))));

  return {
    width,
    height: ticksY + AXIS_HEIGHT,
    labelWidth,
    rowsTop: HEADER,
    rowsBottom,
    rows,
    phases: scales.map((s, p) => ({ kind: s.kind, title: phaseTitle(phases[p]!, (p === 0 ? scales[1].x0 : width) - s.x0), x0: s.x0, x1: s.x1, xEnd: s.xEnd, open: s.open })),
    gap: { x0: scales[0].xEnd, x1: scales[1].x0 },
    bars,
    markers: labelled,
    breaks,
    problems,
    ticks,
    ticksY,
    stepX,
    stepRowY,
  };
}

/** `Startup`, `Termination`, `Completion (never ends)` where there is room (the title is bold: a little wider). */
function phaseTitle(phase: Phase, room: number): string {
  const title = PHASE_TITLE[phase.kind];
  const full = phase.end === undefined ? `${title} (never ends)` : title;
  return textWidth(full) * 1.15 <= room ? full : title;
}

/** How wide a problem's mark is drawn: its bold words, the warning sign and the padding. */
function markWidth(title: string): number {
  return textWidth(`⚠ ${title}`) * 1.1 + 14;
}

/** Ticks at the same place with the same words (a phase's 0 and a zero-length segment) count once. */
function dedupe<T extends { readonly x: number; readonly text: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${Math.round(item.x)}:${item.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function phaseBars(phase: Phase, scale: PhaseScale, rowY: ReadonlyMap<string, number>): BarModel[] {
  return phase.tracks.flatMap((track) => {
    const top = rowY.get(track.container);
    if (top === undefined) return [];
    return track.spans.flatMap((span, i) => {
      const x = xAt(scale, span.from);
      const width = xAt(scale, span.to) - x;
      if (width <= 0) return [];
      const word = STATE_WORD[span.state];
      const title = span.label ? `${word}: ${span.label}` : word;
      return [
        {
          key: `${phase.kind}:${track.container}:${i}`,
          container: track.container,
          phase: phase.kind,
          state: span.state,
          x,
          y: top + (ROW_HEIGHT - BAR_HEIGHT) / 2,
          width,
          text: fitText(span.label ? [span.label, word] : [word], width),
          title: `${displayName(track.container)} ${title}, ${formatSeconds(span.from)} to ${span.to === undefined ? 'for ever' : formatSeconds(span.to)}`,
          open: span.to === undefined,
        },
      ];
    });
  });
}

function phaseMarkers(phase: Phase, scale: PhaseScale, rowY: ReadonlyMap<string, number>, top: number, bottom: number): MarkerModel[] {
  const markers: MarkerModel[] = phase.events.flatMap((event, i): MarkerModel[] => {
    const key = `${phase.kind}:${i}`;
    const x = xAt(scale, event.at);
    const pod = POD_MARKER[event.kind];
    if (pod) return [{ key, kind: pod.kind, x, y0: top, y1: bottom, label: { text: pod.text, x }, title: event.text }];
    const kind = ROW_MARKER[event.kind];
    const row = event.container === undefined ? undefined : rowY.get(event.container);
    if (!kind || row === undefined) return [];
    return [{ key, kind, x, y0: row, y1: row + ROW_HEIGHT, title: event.text }];
  });
  if (phase.deadline !== undefined) {
    const x = xAt(scale, phase.deadline);
    const text = `grace deadline ${tickText(phase.kind, phase.deadline)}`;
    markers.push({ key: `${phase.kind}:deadline`, kind: 'deadline', x, y0: top, y1: bottom, label: { text, x }, title: `The grace period ends at ${tickText(phase.kind, phase.deadline)}: whatever still runs is killed (SIGKILL).` });
  }
  return markers;
}

function problemExtent(scale: PhaseScale, problem: Problem): { x0: number; x1: number; open: boolean } {
  const x0 = xAt(scale, problem.from);
  const x1 = xAt(scale, problem.to);
  if (x1 - x0 >= MIN_PROBLEM_WIDTH) return { x0, x1, open: problem.to === undefined };
  const middle = (x0 + x1) / 2;
  return { x0: middle - MIN_PROBLEM_WIDTH / 2, x1: middle + MIN_PROBLEM_WIDTH / 2, open: problem.to === undefined };
}
