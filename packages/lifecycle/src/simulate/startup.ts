/**
 * Startup ([IC], [SC], [KEP753] "Proposal"): init containers run one at a time in
 * declaration order, each to a successful exit; a native sidecar is started and, when it
 * has a startupProbe or a postStart hook, awaited before the next container starts;
 * readiness never holds startup back; the regular containers start together once every
 * init container has finished and every sidecar has started. Before 1.29 a sidecar's
 * restartPolicy: Always is dropped ([FG] SidecarContainers): it is a plain init container
 * that never exits.
 *
 * Failures and restarts (./runs): an init container assumed to exit non-zero is run again
 * under OnFailure and Always (with back-off; the next container waits), and under Never
 * it fails the pod (the sidecars already running are stopped, last declared first). A
 * sidecar that ends is restarted; one with a startup gate that ends before its gate passes
 * holds the next container back until a run passes it. For a long-running pod whose
 * containers end by themselves, the phase goes on past Running until the restarts are
 * drawn (the back-off at its cap).
 */
import type { ContainerView } from '@podsmith/manifest';
import { startupDeadlocks } from '../hazards/startup-deadlock';
import { initStatus, startGate } from '../pod/pod-facts';
import type { Phase } from '../types';
import { probeBudget } from './assumptions';
import { assumed, isNativeSidecar, lifeContainers, type Sim } from './context';
import { event, finishPhase, mark, newDraft, type PhaseDraft } from './phase';
import { aliveAt, drawRuns, failing, lastMoment } from './restarts';
import { runsOf, startupProbeGivesUp, type Runs } from './runs';
import { stopSidecarsInReverse } from './stop';
import { nameOf, secs } from './words';

/** Why startup never ends, and where. */
export interface Stuck {
  readonly container: ContainerView;
  readonly at: number;
  /** `crash-loop`: it fails every time and is restarted for ever; `failed`: it failed under restartPolicy Never, and the pod with it. */
  readonly cause: 'never-exits' | 'deadlock' | 'dropped' | 'crash-loop' | 'failed';
}

export interface Startup {
  readonly phase: Phase;
  /** Undefined when startup completes. */
  readonly stuck?: Stuck;
  /** When each container that started was started (process running), by id. */
  readonly startedAt: ReadonlyMap<string, number>;
  /** When each started container counted as started (its gate passed), by id; absent: never. */
  readonly readyAt: ReadonlyMap<string, number>;
  /** When each started container was up (its startup assumption elapsed, awaited or not), by id. */
  readonly upAt: ReadonlyMap<string, number>;
  /** Containers running when startup ends (or for ever, when stuck): what a deletion has to stop. */
  readonly running: readonly ContainerView[];
  /** The runs of the containers that end by themselves or are killed by a failing probe, by id (absent: one run, as assumed). */
  readonly runs: ReadonlyMap<string, Runs>;
}

export function simulateStartup(sim: Sim): Startup {
  const { model } = sim;
  const draft = newDraft();
  const startedAt = new Map<string, number>();
  const readyAt = new Map<string, number>();
  const upAt = new Map<string, number>();
  const runs = new Map<string, Runs>();
  /** Up to when each container's runs are drawn already. */
  const drawn = new Map<string, number>();
  let running: ContainerView[] = [];
  const containers = lifeContainers(sim);
  for (const c of containers) mark(draft, c.id, 0, 'waiting');
  let t = 0;
  let stuck: Stuck | undefined;
  for (const c of containers.filter((x) => x.ref.list === 'initContainers')) {
    startedAt.set(c.id, t);
    if (isNativeSidecar(sim, c)) {
      running.push(c);
      const start = startSidecar(sim, draft, c, t, runs, drawn);
      if (start === undefined || start === 'crash-loop') {
        stuck = { container: c, at: start === undefined ? t : lastMoment(runs.get(c.id) ?? { runs: [], forever: true }), cause: start === undefined ? 'deadlock' : 'crash-loop' };
        if (stuck.cause === 'crash-loop') event(draft, stuck.at, 'stuck', `${nameOf(c)} never counts as started, so the pod stays in ${initStatus(model.pod, c)} and nothing after it starts.`, c.id);
        break;
      }
      readyAt.set(c.id, start.counted);
      upAt.set(c.id, start.up);
      t = start.counted;
      continue;
    }
    const run = c.lane === 'sidecar' ? Infinity : assumed(sim, c).run.seconds;
    const as = c.lane === 'sidecar' ? 'as a plain init container: its restartPolicy: Always was dropped' : `(init container ${c.ref.index + 1})`;
    event(draft, t, 'started', `${nameOf(c)} starts ${as}.`, c.id);
    mark(draft, c.id, t, 'running', c.lane === 'sidecar' ? 'plain init container' : undefined);
    if (run === Infinity) {
      running.push(c);
      stuck = { container: c, at: t, cause: c.lane === 'sidecar' ? 'dropped' : 'never-exits' };
      event(draft, t, 'stuck', `${nameOf(c)} never exits, so the pod stays in ${initStatus(model.pod, c)} and nothing after it starts.`, c.id);
      break;
    }
    const own = runsOf(sim, c, t, true);
    if (failing(own)) {
      runs.set(c.id, own);
      drawRuns(sim, draft, c, own, { offset: 0, from: -Infinity, until: Infinity });
      const last = own.runs.at(-1)?.end;
      if (own.forever || !last) {
        stuck = { container: c, at: lastMoment(own), cause: 'crash-loop' };
        event(draft, stuck.at, 'stuck', `${nameOf(c)} fails every time, so the pod stays in Init:CrashLoopBackOff and nothing after it starts.`, c.id);
        break;
      }
      if (last.code !== 0 || last.how !== 'exit') {
        stuck = { container: c, at: last.gone, cause: 'failed' };
        const sidecars = running.filter((x) => isNativeSidecar(sim, x));
        event(draft, last.gone, 'pod-fails', `${nameOf(c)} has failed and restartPolicy is Never: the pod fails, and nothing after it starts${sidecars.length > 0 ? '; its sidecars are stopped, last declared first' : ''}.`);
        drawSidecarRuns(sim, draft, running, runs, drawn, last.gone);
        stopSidecarsInReverse(sim, draft, sidecars.filter((x) => !runs.has(x.id) || aliveAt(runs.get(x.id)!, last.gone)), last.gone, last.gone + sim.assumptions.terminationGracePeriodSeconds.seconds, new Map(), new Map(), 'now that the pod has failed');
        running = [];
        break;
      }
      readyAt.set(c.id, last.gone);
      upAt.set(c.id, t);
      t = last.gone;
      continue;
    }
    readyAt.set(c.id, t + run);
    upAt.set(c.id, t);
    t += run;
    event(draft, t, 'exited', `${nameOf(c)} exits 0 after ${secs(run)}: the next container may start.`, c.id);
    mark(draft, c.id, t, 'exited', 'exit 0');
  }
  if (stuck) {
    if (stuck.cause !== 'failed') drawSidecarRuns(sim, draft, running, runs, drawn, Infinity);
    return { phase: finishPhase(draft, 'startup', containers, undefined), stuck, startedAt, readyAt, upAt, running, runs };
  }

  const mains = containers.filter((c) => c.lane === 'main');
  // The kubelet starts the regular containers one after the other without waiting, except
  // that a postStart hook runs before the next container is started (e2e_node
  // container_lifecycle_test "should not launch second container before PostStart of the first container completed").
  let next = t;
  for (const c of mains) {
    startedAt.set(c.id, next);
    running.push(c);
    const start = startGated(sim, draft, c, next, `starts${mains.length > 1 ? ' with the other main containers' : ''}: every init container has finished and every sidecar has started`);
    readyAt.set(c.id, start.counted);
    upAt.set(c.id, start.up);
    const own = runsOf(sim, c, next, model.facts.runsToCompletion);
    if (failing(own)) runs.set(c.id, own);
    if (sim.model.defaultsOf(c).lifecycle.postStart) next = start.up;
  }
  const up = Math.max(t, ...running.map((c) => upAt.get(c.id) ?? t));
  const neverUp = mains.filter((c) => startupProbeGivesUp(sim, c));
  event(draft, up, 'pod-running', neverUp.length > 0 ? `The pod is Running, but ${neverUp.map(nameOf).join(', ')} never ${neverUp.length === 1 ? 'counts' : 'count'} as started: its startupProbe never passes.` : 'Every container is up: the pod is Running.');
  // A pod that runs to completion goes on in its completion phase; a long-running one shows its restarts here.
  if (model.facts.runsToCompletion) {
    drawSidecarRuns(sim, draft, running, runs, drawn, up);
    return { phase: finishPhase(draft, 'startup', containers, up), startedAt, readyAt, upAt, running, runs };
  }
  const end = Math.max(up, ...running.flatMap((c) => (runs.has(c.id) ? [lastMoment(runs.get(c.id)!)] : [])));
  drawSidecarRuns(sim, draft, running, runs, drawn, end);
  for (const c of mains.filter((x) => runs.has(x.id))) drawRuns(sim, draft, c, runs.get(c.id)!, { offset: 0, from: -Infinity, until: end });
  running = running.filter((c) => !runs.has(c.id) || aliveAt(runs.get(c.id)!, end));
  return { phase: finishPhase(draft, 'startup', containers, end), startedAt, readyAt, upAt, running, runs };
}

/** Draw the sidecars' runs after the part already drawn, up to `until`. */
function drawSidecarRuns(sim: Sim, draft: PhaseDraft, running: readonly ContainerView[], runs: ReadonlyMap<string, Runs>, drawn: Map<string, number>, until: number): void {
  for (const c of running.filter((x) => isNativeSidecar(sim, x) && runs.has(x.id))) {
    const from = drawn.get(c.id) ?? -Infinity;
    drawRuns(sim, draft, c, runs.get(c.id)!, { offset: 0, from, until: Math.max(from, until) });
    drawn.set(c.id, Math.max(from, until));
  }
}

/** When a started container counts as started (the next one may start), and when it is up. */
interface Started {
  readonly counted: number;
  readonly up: number;
}

/**
 * Start a native sidecar at `t`; undefined when its gate can never pass (a deadlock),
 * `crash-loop` when every run ends before its gate passes. A run that ends before its
 * startupProbe or postStart hook has passed is restarted, and the next container waits.
 */
function startSidecar(sim: Sim, draft: PhaseDraft, c: ContainerView, t: number, runs: Map<string, Runs>, drawn: Map<string, number>): Started | 'crash-loop' | undefined {
  const waits = startupDeadlocks(c, sim.model);
  const first = waits[0];
  if (first) {
    event(draft, t, 'started', `${nameOf(c)} starts (native sidecar). Its ${first.gate} ${first.waitsFor}: it never passes, and nothing after it starts.`, c.id);
    mark(draft, c.id, t, 'starting', `${first.gate} never passes`);
    return undefined;
  }
  const own = runsOf(sim, c, t, false);
  if (failing(own)) runs.set(c.id, own);
  const gate = startGate(sim.model.defaultsOf(c));
  const startup = assumed(sim, c).startup.seconds;
  const passing = gate ? own.runs.findIndex((r) => r.end === undefined || (r.end.at >= r.start + startup && r.end.how !== 'startupProbe')) : 0;
  if (passing === 0) {
    const start = startGated(sim, draft, c, t, `(native sidecar, init container ${c.ref.index + 1})`);
    drawn.set(c.id, start.counted);
    return start;
  }
  // Each run ends before its gate passes: drawn now, since the next container waits for it.
  event(draft, t, 'started', `${nameOf(c)} starts (native sidecar, init container ${c.ref.index + 1}).`, c.id);
  mark(draft, c.id, t, 'starting', gate);
  const passes = own.runs[passing];
  drawRuns(sim, draft, c, own, { offset: 0, from: -Infinity, until: passes?.start ?? Infinity });
  if (!passes) return 'crash-loop';
  const ready = passes.start + startup;
  mark(draft, c.id, passes.start, 'starting', gate);
  event(draft, ready, gate === 'startupProbe' ? 'startupProbe-passes' : 'postStart-ends', `${nameOf(c)}'s ${gate === 'startupProbe' ? 'startupProbe passes' : 'postStart hook ends'} ${secs(startup)} after this run started: it counts as started.`, c.id);
  mark(draft, c.id, ready, 'running');
  drawn.set(c.id, ready);
  return { counted: ready, up: ready };
}

/**
 * Start a container at `t`; it is 'starting' for its startup assumption. With a
 * startupProbe or a postStart hook the kubelet waits for that before it starts the next
 * container; without either it counts the container as started at once ([SC]), while the
 * process is still coming up.
 */
function startGated(sim: Sim, draft: PhaseDraft, c: ContainerView, t: number, how: string): Started {
  const dc = sim.model.defaultsOf(c);
  const gate = startGate(dc);
  const startup = assumed(sim, c).startup.seconds;
  const ready = t + startup;
  event(draft, t, 'started', `${nameOf(c)} ${how.startsWith('(') ? `starts ${how}` : how}.`, c.id);
  if (c.lane === 'main' && dc.startupProbe && startupProbeGivesUp(sim, c)) {
    // It never passes: the kubelet kills it when the probe gives up (drawn with its runs).
    mark(draft, c.id, t, 'starting', 'startupProbe never passes');
    return { counted: t, up: t + probeBudget(dc.startupProbe) };
  }
  if (!gate || (c.lane === 'main' && !dc.lifecycle.postStart)) {
    // Nothing waits for it: a regular container's startupProbe holds nothing back either.
    mark(draft, c.id, t, 'starting', gate ? 'startupProbe' : 'coming up, not awaited');
    if (gate) event(draft, ready, 'startupProbe-passes', `${nameOf(c)}'s startupProbe passes after ${secs(startup)}.`, c.id);
    mark(draft, c.id, ready, 'running');
    return { counted: t, up: ready };
  }
  mark(draft, c.id, t, 'starting', gate === 'startupProbe' ? 'startupProbe' : 'postStart hook');
  if (dc.lifecycle.postStart) {
    event(draft, t, 'postStart-begins', `${nameOf(c)}'s postStart hook runs; the kubelet waits for it before it starts anything else.`, c.id);
    event(draft, ready, 'postStart-ends', `${nameOf(c)}'s postStart hook ends.`, c.id);
  }
  if (dc.startupProbe) event(draft, ready, 'startupProbe-passes', `${nameOf(c)}'s startupProbe passes after ${secs(startup)}: it counts as started.`, c.id);
  mark(draft, c.id, ready, 'running');
  return { counted: ready, up: ready };
}

/**
 * The containers running `at` seconds into startup: started by then, and not a plain init
 * container that has already exited. What a deletion during initialization has to stop:
 * nothing that has not started (e2e_node container_lifecycle_test "should not hang in
 * termination if terminated during initialization").
 */
export function runningAt(startup: Startup, containers: readonly ContainerView[], at: number): ContainerView[] {
  return containers.filter((c) => {
    const started = startup.startedAt.get(c.id);
    if (started === undefined || started > at) return false;
    const exited = c.lane === 'init' ? startup.readyAt.get(c.id) : undefined;
    return exited === undefined || exited > at;
  });
}
