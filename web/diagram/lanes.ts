import type { Lane } from '@podsmith/manifest';

export interface LaneInfo {
  readonly lane: Lane;
  /** The lane's visible name: lanes are told apart by text, never by colour alone. */
  readonly title: string;
  /** One line for learners: how containers in this lane behave. */
  readonly hint: string;
}

/** The lanes in start order: init containers run first, sidecars start next and stay, then the app. */
export const LANES: readonly LaneInfo[] = [
  { lane: 'init', title: 'Init containers', hint: 'Run one at a time, in order; each must exit before the next.' },
  { lane: 'sidecar', title: 'Native sidecars', hint: 'restartPolicy: Always. Start in order, run beside the app.' },
  { lane: 'main', title: 'Main containers', hint: 'The app. Start together once init is done and sidecars run.' },
];

export function laneInfo(lane: Lane): LaneInfo {
  return LANES.find((l) => l.lane === lane)!;
}
