/**
 * Termination of a running pod deleted at t = 0 ([PL] "Pod termination" and "termination
 * with sidecars"; [KEP753] "Termination of containers"):
 * 1. the preStop hooks of the main containers and of the sidecars all start at once
 *    (none with terminationGracePeriodSeconds 0: the kubelet skips hooks then);
 * 2. each main container gets SIGTERM when its own preStop ends (regular helpers too:
 *    there is no order among regular containers);
 * 3. once the last main container has exited, the sidecars get SIGTERM one at a time, in
 *    reverse declaration order, each after its preStop has ended;
 * 4. terminationGracePeriodSeconds is one budget for the whole pod: at its end every
 *    container signalled before is killed then; one still waiting gets SIGTERM, and
 *    SIGKILL 2 s later.
 * A sidecar whose preStop stops it (`kill 1`) is gone then, and not restarted during
 * termination ([KEP4438], alpha targeted for 1.37).
 */
import type { ContainerView } from '@podsmith/manifest';
import { preStopExit } from '../hazards/prestop-exit';
import type { Phase } from '../types';
import { isNativeSidecar, isPlainInit, lifeContainers, type Sim } from './context';
import { event, finishPhase, mark, newDraft } from './phase';
import { runPreStopHooks } from './prestop';
import { exitAfter, KILL_AFTER_SECONDS, stopContainer, stopSidecarsInReverse, type Exit } from './stop';
import { nameOf, secs } from './words';

export interface Termination {
  readonly phase: Phase;
  readonly deadline: number;
  /** How each container that was running ended, by id. */
  readonly exits: ReadonlyMap<string, Exit>;
  /** When the last main container had exited (0 when none was running). */
  readonly mainsGone: number;
}

export function simulateTermination(sim: Sim, running: readonly ContainerView[]): Termination {
  const draft = newDraft();
  const grace = sim.assumptions.terminationGracePeriodSeconds.seconds;
  const exits = new Map<string, Exit>();
  event(draft, 0, 'termination-begins', `The pod is deleted: termination begins. The grace period, one budget of ${secs(grace)} for the whole pod, starts now.`);
  for (const c of running) mark(draft, c.id, 0, 'running');
  const hookEnds = runPreStopHooks(sim, draft, running, 0, grace);

  const mains = running.filter((c) => c.lane === 'main');
  for (const c of mains) {
    const why = hookEnds.has(c.id) ? ' as its preStop hook ends' : ' at once (no preStop hook; regular containers are stopped together, in no set order)';
    exits.set(c.id, stopContainer(sim, draft, c, hookEnds.get(c.id) ?? 0, grace, why));
  }
  const mainsGone = Math.max(0, ...mains.map((c) => exits.get(c.id)?.at ?? 0));

  // Init containers still running (startup never ended) have no hooks: they are stopped at once.
  for (const c of running.filter((x) => isPlainInit(sim, x))) {
    exits.set(c.id, stopContainer(sim, draft, c, 0, grace, ' at once (an init container still running)'));
  }
  const sidecars = running.filter((c) => isNativeSidecar(sim, c));
  const selfStopped = sidecars.filter((c) => hookEnds.has(c.id) && preStopExit(c, sim.model));
  for (const c of selfStopped) {
    const at = hookEnds.get(c.id) ?? 0;
    event(draft, at, 'SIGTERM', `${nameOf(c)}'s preStop hook stops ${nameOf(c)} itself (\`${preStopExit(c, sim.model)}\`), while the main containers may still need it; it is not restarted during termination.`, c.id);
    mark(draft, c.id, at, 'terminating', 'stopped by its preStop');
    exits.set(c.id, exitAfter(sim, draft, c, at, grace));
  }
  stopSidecarsInReverse(sim, draft, sidecars.filter((c) => !selfStopped.includes(c)), mainsGone, grace, hookEnds, exits);

  const end = Math.max(0, ...[...exits.values()].map((e) => e.at));
  if ([...exits.values()].some((e) => e.killed || e.signalAt >= grace)) event(draft, grace, 'grace-period-deadline', `The grace period of ${secs(grace)} is over: a container signalled earlier and still running is killed now; one not signalled yet gets SIGTERM now, and SIGKILL ${secs(KILL_AFTER_SECONDS)} later.`);
  return { phase: finishPhase(draft, 'termination', lifeContainers(sim), end, grace), deadline: grace, exits, mainsGone };
}
