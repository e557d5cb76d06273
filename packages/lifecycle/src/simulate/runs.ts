/**
 * The runs of one container when it does not simply run as assumed: it exits by itself
 * (`run` is finite, with `exitCode`), or a failing probe kills it; and whether the kubelet
 * starts it again ([PL] "Container restart policy", "Container probes"; [SC]; [IC]):
 * - a native sidecar is restarted whenever it ends, whatever the pod's restartPolicy;
 * - a plain init container that exits non-zero is restarted under OnFailure and Always;
 *   under Never it fails the pod (its exit 0 is simply done);
 * - a regular container is restarted as its (or the pod's) restart policy says for its
 *   exit code (OnFailure: non-zero; Always: any; KEP-5307 rules where they count); one a
 *   probe kills is restarted unless the policy is Never.
 * Back-off: the kubelet waits 10 s before a restart, doubling each time, at most 5 min
 * ([PL]: "10s, 20s, 40s, …, capped at 300 seconds"; reset after 10 min of running well).
 * Modelled deterministically: restart n waits min(10 × 2^(n−1), 300) s from the moment the
 * container is gone; no jitter, no sync-loop latency. After MAX_RESTARTS restarts the
 * back-off is at its cap, and a container that fails for ever is said to go on so.
 */
import type { ContainerView } from '@podsmith/manifest';
import { restartsAfterExit } from '../pod/restart';
import { probeBudget } from './assumptions';
import { assumed, isNativeSidecar, type Sim } from './context';
import { KILL_AFTER_SECONDS } from './stop';

export const BACK_OFF_SECONDS = { first: 10, cap: 300 } as const;
/** 10, 20, 40, 80, 160, 300: by the sixth restart the back-off is at its cap. */
export const MAX_RESTARTS = 6;

/** How long the kubelet waits before the n-th restart (1-based). */
export function backOffSeconds(n: number): number {
  return Math.min(BACK_OFF_SECONDS.first * 2 ** (n - 1), BACK_OFF_SECONDS.cap);
}

export interface RunEnd {
  /** When it ends: the process exits, or the kubelet starts killing it (probe failed). */
  readonly at: number;
  readonly how: 'exit' | 'startupProbe' | 'livenessProbe';
  /** The exit code of an exit (a probe kill: whatever its SIGTERM handling returns, taken as a failure). */
  readonly code: number;
  /** When the process is gone: its exit, or after a probe kill its preStop hook, SIGTERM and shutdown. */
  readonly gone: number;
  /** A probe kill: when SIGTERM is sent (after the preStop hook). */
  readonly signalAt?: number;
  /** When it is started again; undefined: it is not. */
  readonly restartAt?: number;
}

export interface ContainerRun {
  readonly start: number;
  /** Undefined: it runs until the pod stops it. */
  readonly end?: RunEnd;
}

export interface Runs {
  readonly runs: readonly ContainerRun[];
  /** It would go on failing and being restarted past the last run listed (CrashLoopBackOff for ever). */
  readonly forever: boolean;
}

/**
 * The runs of `c`, the first starting at `start`. `oneShot`: a run that goes as assumed
 * exits 0 after `run` (an init container, a Job's container); otherwise it runs until the
 * pod stops it (a sidecar, a long-running pod's container).
 */
export function runsOf(sim: Sim, c: ContainerView, start: number, oneShot: boolean): Runs {
  const a = assumed(sim, c);
  const runs: ContainerRun[] = [];
  let t = start;
  for (let i = 0; ; i++) {
    const wrong = i < a.failures.count;
    const end = endOf(sim, c, t, wrong, oneShot);
    if (!end) {
      runs.push({ start: t });
      return { runs, forever: false };
    }
    const restarts = end.how === 'exit' ? restartsAfterExitCode(sim, c, end.code) : isNativeSidecar(sim, c) || sim.model.defaulted.restartPolicy !== 'Never';
    if (!restarts) {
      runs.push({ start: t, end });
      return { runs, forever: false };
    }
    if (i >= MAX_RESTARTS) {
      runs.push({ start: t, end });
      return { runs, forever: true };
    }
    const restartAt = end.gone + backOffSeconds(i + 1);
    runs.push({ start: t, end: { ...end, restartAt } });
    t = restartAt;
  }
}

/** How a run started at `t` ends, or undefined: it runs until stopped. */
function endOf(sim: Sim, c: ContainerView, t: number, wrong: boolean, oneShot: boolean): Omit<RunEnd, 'restartAt'> | undefined {
  const a = assumed(sim, c);
  const dc = sim.model.defaultsOf(c);
  const exit = wrong || oneShot ? t + a.run.seconds : Infinity;
  const code = wrong ? a.exitCode.count : 0;
  const startupKill = wrong && dc.startupProbe && startupProbeGivesUp(sim, c) ? t + probeBudget(dc.startupProbe) : Infinity;
  const livenessKill = wrong && a.liveness ? t + a.liveness.seconds : Infinity;
  const first = Math.min(exit, startupKill, livenessKill);
  if (first === Infinity) return undefined;
  if (first === exit) return { at: exit, how: 'exit', code, gone: exit };
  const how = first === startupKill ? 'startupProbe' : 'livenessProbe';
  const probe = how === 'startupProbe' ? dc.startupProbe : dc.livenessProbe;
  // The kubelet kills it as for a deletion: its preStop hook, then SIGTERM, within the probe's (or the pod's) grace period.
  const grace = probe?.terminationGracePeriodSeconds ?? sim.assumptions.terminationGracePeriodSeconds.seconds;
  const signalAt = first + Math.min(a.preStop?.seconds ?? 0, grace);
  const gone = Math.min(signalAt + a.shutdown.seconds, Math.max(first + grace, signalAt + KILL_AFTER_SECONDS));
  return { at: first, how, code: 1, gone, signalAt };
}

/**
 * Whether `c`'s startupProbe gives up before it passes: its startup takes longer than
 * initialDelay + period × failureThreshold. Not said of a container with a postStart hook,
 * whose startup is the longer of the hook and the probe.
 */
export function startupProbeGivesUp(sim: Sim, c: ContainerView): boolean {
  const dc = sim.model.defaultsOf(c);
  return dc.startupProbe !== undefined && !dc.lifecycle.postStart && assumed(sim, c).startup.seconds > probeBudget(dc.startupProbe);
}

/** Whether the kubelet starts `c` again after it exits with `code`. */
function restartsAfterExitCode(sim: Sim, c: ContainerView, code: number): boolean {
  if (isNativeSidecar(sim, c)) return true;
  if (c.lane === 'main') return restartsAfterExit(c, code, sim.model, sim.features.version);
  return code !== 0 && sim.model.defaulted.restartPolicy !== 'Never';
}
