/**
 * Startup ([IC], [SC], [KEP753] "Proposal"): init containers run one at a time in
 * declaration order, each to a successful exit; a native sidecar is started and, when it
 * has a startupProbe or a postStart hook, awaited before the next container starts;
 * readiness never holds startup back; the regular containers start together once every
 * init container has finished and every sidecar has started. Before 1.29 a sidecar's
 * restartPolicy: Always is dropped ([FG] SidecarContainers): it is a plain init container
 * that never exits.
 */
import type { ContainerView } from '@podsmith/manifest';
import { startupDeadlocks } from '../hazards/startup-deadlock';
import { initStatus, startGate } from '../pod/pod-facts';
import type { Phase } from '../types';
import { assumed, isNativeSidecar, lifeContainers, type Sim } from './context';
import { event, finishPhase, mark, newDraft, type PhaseDraft } from './phase';
import { nameOf, secs } from './words';

/** Why startup never ends, and where. */
export interface Stuck {
  readonly container: ContainerView;
  readonly at: number;
  readonly cause: 'never-exits' | 'deadlock' | 'dropped';
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
}

export function simulateStartup(sim: Sim): Startup {
  const { model } = sim;
  const draft = newDraft();
  const startedAt = new Map<string, number>();
  const readyAt = new Map<string, number>();
  const upAt = new Map<string, number>();
  const running: ContainerView[] = [];
  const containers = lifeContainers(sim);
  for (const c of containers) mark(draft, c.id, 0, 'waiting');
  let t = 0;
  let stuck: Stuck | undefined;
  for (const c of containers.filter((x) => x.ref.list === 'initContainers')) {
    startedAt.set(c.id, t);
    if (isNativeSidecar(sim, c)) {
      running.push(c);
      const start = startSidecar(sim, draft, c, t);
      if (start === undefined) {
        stuck = { container: c, at: t, cause: 'deadlock' };
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
    readyAt.set(c.id, t + run);
    upAt.set(c.id, t);
    t += run;
    event(draft, t, 'exited', `${nameOf(c)} exits 0 after ${secs(run)}: the next container may start.`, c.id);
    mark(draft, c.id, t, 'exited', 'exit 0');
  }
  if (stuck) return { phase: finishPhase(draft, 'startup', containers, undefined), stuck, startedAt, readyAt, upAt, running };

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
    if (sim.model.defaultsOf(c).lifecycle.postStart) next = start.up;
  }
  const end = Math.max(t, ...running.map((c) => upAt.get(c.id) ?? t));
  event(draft, end, 'pod-running', 'Every container is up: the pod is Running.');
  return { phase: finishPhase(draft, 'startup', containers, end), startedAt, readyAt, upAt, running };
}

/** When a started container counts as started (the next one may start), and when it is up. */
interface Started {
  readonly counted: number;
  readonly up: number;
}

/** Start a native sidecar at `t`; undefined when its gate can never pass. */
function startSidecar(sim: Sim, draft: PhaseDraft, c: ContainerView, t: number): Started | undefined {
  const waits = startupDeadlocks(c, sim.model);
  const first = waits[0];
  if (!first) return startGated(sim, draft, c, t, `(native sidecar, init container ${c.ref.index + 1})`);
  event(draft, t, 'started', `${nameOf(c)} starts (native sidecar). Its ${first.gate} ${first.waitsFor}: it never passes, and nothing after it starts.`, c.id);
  mark(draft, c.id, t, 'starting', `${first.gate} never passes`);
  return undefined;
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
