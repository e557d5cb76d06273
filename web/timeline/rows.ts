/**
 * The timeline's lanes: one row per container, grouped and ordered as the diagram's
 * lanes (init containers, native sidecars, main containers), in declaration order within
 * a group. Startup and termination share the rows, so a container keeps its place
 * across the break in the axis.
 */
import type { LaneTrack, Simulation } from '@podsmith/lifecycle';
import type { Lane } from '@podsmith/manifest';

export interface TimelineRow {
  readonly container: string;
  readonly lane: Lane;
  /** The webhook that injects it (`istio`): never in the YAML. */
  readonly injected?: string;
}

const LANE_ORDER: readonly Lane[] = ['init', 'sidecar', 'main'];

/** The word in front of a row's name: the diagram's lanes, short. */
export const LANE_WORD: Readonly<Record<Lane, string>> = { init: 'init', sidecar: 'sidecar', main: 'main' };

export function timelineRows(simulation: Simulation): TimelineRow[] {
  const seen = new Map<string, TimelineRow>();
  const add = (track: LaneTrack) => {
    if (!seen.has(track.container)) seen.set(track.container, track.injected ? { container: track.container, lane: track.lane, injected: track.injected } : { container: track.container, lane: track.lane });
  };
  simulation.startup.tracks.forEach(add);
  simulation.shutdown.tracks.forEach(add);
  const rows = [...seen.values()];
  return LANE_ORDER.flatMap((lane) => rows.filter((row) => row.lane === lane));
}
