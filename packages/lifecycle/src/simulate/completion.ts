/**
 * Completion of a pod that runs to completion (a Job's, a CronJob's, a Pod with
 * restartPolicy Never or OnFailure), from the moment every container has started: the
 * main containers do their work and exit; the pod completes when every regular container
 * has exited; native sidecars do not hold it back: their preStop hooks all start then,
 * and they are stopped, last declared first, and their exit codes do not count ([SC]; [KEP753] "Problems: jobs with sidecar
 * containers"). A regular helper that never exits keeps the pod running for ever, and so
 * does a regular container whose own restartPolicy is Always ([KEP5307]).
 * A main container assumed to fail (./runs) is restarted under OnFailure until a run
 * succeeds (never, when it fails every time), and under Never it fails the pod; a sidecar
 * that ends is restarted until the main containers are done, and one in back-off then is
 * simply not started again.
 */
import type { ContainerView } from '@podsmith/manifest';
import { completionBlockers } from '../hazards/completion-blockers';
import { stopsHelpersReason } from '../pod/legacy';
import { restartsAfterExit } from '../pod/restart';
import type { Phase } from '../types';
import { assumed, lifeContainers, type Sim } from './context';
import { event, finishPhase, mark, newDraft } from './phase';
import { aliveAt, drawRuns, failsAtAll, lastMoment } from './restarts';
import type { Startup } from './startup';
import { runPreStopHooks } from './prestop';
import { stopContainer, stopSidecarsInReverse, type Exit } from './stop';
import { nameOf, secs } from './words';

export interface Completion {
  readonly phase: Phase;
  /** When the application containers had finished their work; undefined: never. */
  readonly workDone: number | undefined;
  /** Main containers that failed under restartPolicy Never: the pod is Failed. */
  readonly failed: readonly ContainerView[];
}

export function simulateCompletion(sim: Sim, startup: Startup): Completion {
  const draft = newDraft();
  const containers = lifeContainers(sim);
  const { model } = sim;
  if (startup.stuck) {
    for (const c of containers) mark(draft, c.id, 0, startup.running.includes(c) ? 'running' : 'waiting');
    if (startup.stuck.cause === 'failed') event(draft, 0, 'pod-fails', `The pod failed during its initialization (${nameOf(startup.stuck.container)}), so its work never runs.`);
    else event(draft, 0, 'stuck', `Startup never ends (${nameOf(startup.stuck.container)}), so the pod's work never runs and the pod never completes.`);
    return { phase: finishPhase(draft, 'completion', containers, undefined), workDone: undefined, failed: [] };
  }
  const blocking = completionBlockers(model, sim.features.version);
  const blockers = new Set(blocking.map((b) => b.container));
  const mains = containers.filter((c) => c.lane === 'main');
  const stopper = model.facts.apps.find((app) => stopsHelpersReason(app, model));
  const exits = new Map<string, Exit>();
  const endOf = new Map<string, number | undefined>();
  const began = startup.phase.end ?? 0;
  for (const c of startup.running) {
    const runs = startup.runs.get(c.id);
    mark(draft, c.id, 0, !runs || c.lane === 'main' || aliveAt(runs, began) ? 'running' : 'back-off');
  }
  const failed: ContainerView[] = [];
  /** Main containers restarted for ever, with when their last drawn run ends (on this phase's clock). */
  const crashLoops = new Map<ContainerView, number>();
  for (const c of mains) {
    const runs = startup.runs.get(c.id);
    const own = runs && failsAtAll(runs) ? runs : undefined;
    if (own) {
      // Its runs count from its own start, on the pod's clock (all drawn here: startup does not draw a Job's main containers' runs).
      drawRuns(sim, draft, c, own, { offset: began, from: -Infinity, until: Infinity });
      const last = own.runs.at(-1)?.end;
      if (last && last.restartAt === undefined && !own.forever && (last.code !== 0 || last.how !== 'exit')) failed.push(c);
      endOf.set(c.id, own.forever || !last ? undefined : Math.max(0, lastMoment(own) - began));
      if (own.forever) crashLoops.set(c, Math.max(0, lastMoment(own) - began));
      continue;
    }
    endOf.set(c.id, runToEnd(sim, c, blockers.has(c), (at, text, restarted) => {
      event(draft, at, 'exited', text, c.id);
      mark(draft, c.id, at, restarted ? 'running' : 'exited', restarted ? 'restarted' : 'exit 0');
    }));
  }
  const appEnds = model.facts.apps.map((c) => endOf.get(c.id));
  const workDone = appEnds.includes(undefined) ? undefined : Math.max(0, ...(appEnds as number[]));
  if (stopper && workDone !== undefined) {
    // The legacy workaround: the app stops its helpers itself when its work is done.
    for (const c of mains.filter((m) => endOf.get(m.id) === undefined && model.facts.helperReason(m))) {
      const again = blocking.find((b) => b.container === c && b.restarted);
      if (again) {
        // Killed with a signal it exits non-zero on, under OnFailure: the kubelet starts it again.
        event(draft, workDone, 'exited', `${nameOf(c)} is stopped by ${nameOf(stopper)}, but ${again.reason}.`, c.id);
        mark(draft, c.id, workDone, 'running', 'restarted');
        continue;
      }
      const exit = stopContainer(sim, draft, c, workDone, Infinity, `: ${nameOf(stopper)} stops it (${stopsHelpersReason(stopper, model)})`);
      endOf.set(c.id, exit.at);
    }
  }
  const forever = mains.filter((c) => endOf.get(c.id) === undefined);
  if (forever.length > 0) {
    const looping = forever.filter((c) => crashLoops.has(c));
    const never = forever.filter((c) => !crashLoops.has(c));
    const why = [...(never.length > 0 ? [`${never.map(nameOf).join(', ')} never ${never.length === 1 ? 'exits' : 'exit'}`] : []), ...(looping.length > 0 ? [`${looping.map(nameOf).join(', ')} ${looping.length === 1 ? 'fails' : 'fail'} every run and ${looping.length === 1 ? 'is' : 'are'} restarted for ever`] : [])];
    const at = Math.max(workDone ?? 0, ...looping.map((c) => crashLoops.get(c) ?? 0));
    event(draft, at, 'stuck', `${why.join('; ')}: a pod completes only when every main container has exited, so it never completes.`);
    return { phase: finishPhase(draft, 'completion', containers, undefined), workDone, failed };
  }
  const mainsGone = Math.max(0, ...mains.map((c) => endOf.get(c.id) ?? 0));
  // A sidecar in back-off when the main containers are done is not started again: nothing to stop.
  const restarting = startup.running.filter((c) => c.lane === 'sidecar' && startup.runs.has(c.id));
  for (const c of restarting) drawRuns(sim, draft, c, startup.runs.get(c.id)!, { offset: began, from: began, until: began + mainsGone });
  const sidecars = startup.running.filter((c) => c.lane === 'sidecar' && (!startup.runs.has(c.id) || aliveAt(startup.runs.get(c.id)!, began + mainsGone)));
  if (sidecars.length > 0) {
    event(draft, mainsGone, 'termination-begins', 'Every main container has exited: the pod\'s work is done. The sidecars are stopped now, last declared first; the grace period applies from here.');
  }
  const grace = sim.assumptions.terminationGracePeriodSeconds.seconds;
  const deadline = mainsGone + grace;
  // The sidecars' preStop hooks all run now, before their turn comes (they used not to be run here).
  const hookEnds = runPreStopHooks(sim, draft, sidecars, mainsGone, deadline);
  stopSidecarsInReverse(sim, draft, sidecars, mainsGone, deadline, hookEnds, exits);
  const end = Math.max(mainsGone, ...[...exits.values()].map((e) => e.at));
  if (failed.length > 0) event(draft, end, 'pod-fails', `The pod fails (Failed): ${failed.map(nameOf).join(', ')} did not succeed, and restartPolicy Never does not run ${failed.length === 1 ? 'it' : 'them'} again.`);
  else event(draft, end, 'pod-completes', `The pod completes (Succeeded)${sidecars.length > 0 ? ': sidecars do not hold it back, and their exit codes do not count' : ''}.`);
  return { phase: finishPhase(draft, 'completion', containers, end, sidecars.length > 0 ? deadline : undefined), workDone, failed };
}

/** When a main container exits for good, or undefined: never. `say` reports its exit (and restart). */
function runToEnd(sim: Sim, c: ContainerView, blocks: boolean, say: (at: number, text: string, restarted: boolean) => void): number | undefined {
  const run = assumed(sim, c).run.seconds;
  if (run === Infinity) return undefined;
  if (blocks && restartsAfterExit(c, 0, sim.model, sim.features.version)) {
    say(run, `${nameOf(c)} exits 0 after ${secs(run)}, and is started again: its own restart policy restarts it (KEP-5307), so the pod never completes.`, true);
    return undefined;
  }
  say(run, `${nameOf(c)} exits 0 after ${secs(run)}: its work is done.`, false);
  return run;
}
