/**
 * Drawing a container's runs into a phase: each end (an exit with its code, or a probe
 * that kills it: preStop hook, SIGTERM, gone), the back-off, and each restart, in words.
 * The runs come from ./runs; times there are from the pod's scheduling, a phase draws the
 * part in its window, shifted to its own clock.
 */
import type { ContainerView } from '@podsmith/manifest';
import { isNativeSidecar, type Sim } from './context';
import { event, mark, type PhaseDraft } from './phase';
import { BACK_OFF_SECONDS, type ContainerRun, type RunEnd, type Runs } from './runs';
import { nameOf, secs } from './words';

/** The part of the pod's life a phase draws: (from, until] from the scheduling, drawn at `at - offset` (at its start, when earlier). */
export interface Window {
  readonly offset: number;
  readonly from: number;
  readonly until: number;
}

/** Draw the ends and restarts of `runs` that fall in the window (the first run's start is the caller's to draw). */
export function drawRuns(sim: Sim, draft: PhaseDraft, c: ContainerView, runs: Runs, w: Window): void {
  const at = (t: number) => Math.max(0, t - w.offset);
  const inside = (t: number) => t > w.from && t <= w.until;
  runs.runs.forEach((run, i) => {
    if (i > 0 && inside(run.start)) {
      const waited = run.start - (runs.runs[i - 1]?.end?.gone ?? run.start);
      event(draft, at(run.start), 'restarted', `${nameOf(c)} is started again (restart ${i}, after a back-off of ${secs(waited)}).`, c.id);
      mark(draft, c.id, at(run.start), 'running', `restart ${i}`);
    }
    const end = run.end;
    if (!end || !inside(end.at)) return;
    const last = i === runs.runs.length - 1;
    if (end.how !== 'exit') drawProbeKill(draft, c, end, at, last && runs.forever);
    else event(draft, at(end.at), 'exited', `${nameOf(c)} exits ${end.code} after ${secs(end.at - run.start)}${afterwards(sim, c, end, last && runs.forever)}`, c.id);
    if (end.restartAt !== undefined || (last && runs.forever)) mark(draft, c.id, at(end.gone), 'back-off', `${codeWords(end)}, back-off`);
    else mark(draft, c.id, at(end.gone), 'exited', codeWords(end));
  });
}

/** Whether a run is going on at `t` (not ended, not in back-off). */
export function aliveAt(runs: Runs, t: number): boolean {
  const current = [...runs.runs].reverse().find((r) => r.start <= t);
  return current !== undefined && (current.end === undefined || current.end.gone > t);
}

/** The moment the last thing drawn for these runs happens. */
export function lastMoment(runs: Runs): number {
  const last: ContainerRun | undefined = runs.runs.at(-1);
  return last?.end?.gone ?? last?.start ?? 0;
}

/** Whether the runs are anything but one run that goes as assumed. */
export function failing(runs: Runs): boolean {
  return runs.runs.length > 1 || runs.runs[0]?.end?.how !== 'exit' || runs.runs[0]?.end?.code !== 0;
}

/** Whether a run fails: a non-zero exit, or a probe that kills it (an exit 0 is the usual end of a run to completion). */
export function failsAtAll(runs: Runs): boolean {
  return runs.runs.some((r) => r.end !== undefined && (r.end.how !== 'exit' || r.end.code !== 0));
}

function codeWords(end: RunEnd): string {
  return end.how === 'exit' ? `exit ${end.code}` : `${end.how} failed`;
}

/** What follows an end, in words: the restart and why, or why not. */
function afterwards(sim: Sim, c: ContainerView, end: RunEnd, forever: boolean): string {
  const policy = sim.model.defaulted.restartPolicy;
  const why = isNativeSidecar(sim, c) ? 'a sidecar is restarted whenever it exits, whatever the pod\'s restartPolicy' : `restartPolicy ${policy}`;
  if (forever) return `: ${why}, and every run ends the same way, so the kubelet goes on restarting it every ${secs(BACK_OFF_SECONDS.cap)} (CrashLoopBackOff).`;
  if (end.restartAt !== undefined) return `: ${why}, so the kubelet starts it again after a back-off of ${secs(end.restartAt - end.gone)}.`;
  if (end.code === 0) return '.';
  return `: restartPolicy ${policy}, so it is not started again.`;
}

/** A probe reached its failureThreshold: the kubelet runs the preStop hook, sends SIGTERM, and the container exits. */
function drawProbeKill(draft: PhaseDraft, c: ContainerView, end: RunEnd, at: (t: number) => number, forever: boolean): void {
  const signalAt = end.signalAt ?? end.at;
  event(draft, at(end.at), 'probe-fails', `${nameOf(c)}'s ${end.how} fails failureThreshold times: the kubelet kills the container.`, c.id);
  mark(draft, c.id, at(end.at), 'terminating', `${end.how} failed`);
  if (signalAt > end.at) {
    event(draft, at(end.at), 'preStop-begins', `${nameOf(c)}'s preStop hook runs before the kill.`, c.id);
    event(draft, at(signalAt), 'preStop-ends', `${nameOf(c)}'s preStop hook ends.`, c.id);
  }
  event(draft, at(signalAt), 'SIGTERM', `${nameOf(c)} gets SIGTERM.`, c.id);
  const restart =
    end.restartAt !== undefined ? `; the kubelet starts it again after a back-off of ${secs(end.restartAt - end.gone)}`
    : forever ? `; every run ends the same way, so the kubelet goes on restarting it every ${secs(BACK_OFF_SECONDS.cap)} (CrashLoopBackOff)`
    : '; restartPolicy Never: it is not started again';
  event(draft, at(end.gone), 'exited', `${nameOf(c)} exits${restart}.`, c.id);
}
