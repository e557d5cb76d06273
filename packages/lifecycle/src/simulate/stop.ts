/**
 * Stopping one container, and stopping the sidecars, as the kubelet does ([PL] "Pod
 * termination", "termination with sidecars"; [KEP753] "Termination of containers"):
 * the stop signal, then the container's own shutdown time; a container signalled before
 * the grace-period deadline is killed at the deadline; one still waiting at the deadline
 * gets SIGTERM then, and SIGKILL 2 s later (kubelet killContainer: what is left of the
 * grace period after the preStop hook and the wait for its turn, at least 2 s).
 */
import type { ContainerView } from '@podsmith/manifest';
import { assumed, type Sim } from './context';
import { stopSignalOf } from './features';
import { event, mark, type PhaseDraft } from './phase';
import { nameOf, onStop, secs, signalWords } from './words';

/** After the deadline's SIGTERM, the kubelet waits this long before SIGKILL (its minimum grace period). */
export const KILL_AFTER_SECONDS = 2;

export interface Exit {
  /** When the stop signal was sent. */
  readonly signalAt: number;
  /** When the container was gone. */
  readonly at: number;
  readonly killed: boolean;
}

/**
 * Send the stop signal at `at` (or at the deadline, if that comes first); the container
 * exits after its shutdown time, or is killed 2 s after the deadline. `why` says why now.
 */
export function stopContainer(sim: Sim, draft: PhaseDraft, c: ContainerView, at: number, deadline: number, why = ''): Exit {
  const signalAt = Math.min(at, deadline);
  const late = at >= deadline && deadline > 0;
  const signal = signalWords(stopSignalOf(c.spec, sim.features));
  const reason = late ? ' at the deadline' : why;
  event(draft, signalAt, 'SIGTERM', `${nameOf(c)} gets ${signal}${reason}: ${onStop(c, sim.model)}.`, c.id);
  mark(draft, c.id, signalAt, 'terminating', sim.model.roleOf(c).role === 'log-shipper' ? 'flushing' : 'stopping');
  return exitAfter(sim, draft, c, signalAt, deadline);
}

/**
 * When the kubelet sends SIGKILL to a container signalled at `signalAt`: at the deadline,
 * or 2 s after the signal when less is left (kubelet killContainer's minimum grace period;
 * e2e_node container_lifecycle_test "should mark pod as failed if regular container has
 * exceeded its termination grace period seconds": SIGTERM at 0, grace 5, exit 137).
 */
export function killTime(signalAt: number, deadline: number): number {
  return Math.max(deadline, signalAt + KILL_AFTER_SECONDS);
}

/** The container exits `shutdown` seconds after `signalAt`, unless SIGKILL comes first. */
export function exitAfter(sim: Sim, draft: PhaseDraft, c: ContainerView, signalAt: number, deadline: number): Exit {
  const shutdown = assumed(sim, c).shutdown.seconds;
  const natural = signalAt + shutdown;
  const killAt = killTime(signalAt, deadline);
  if (natural > killAt) {
    const when = killAt > deadline ? `${secs(killAt - signalAt)} after its signal` : 'at the deadline';
    event(draft, killAt, 'SIGKILL', `${nameOf(c)} is still running ${when}: SIGKILL. Whatever it had not finished is lost.`, c.id);
    mark(draft, c.id, killAt, 'killed', 'SIGKILL');
    return { signalAt, at: killAt, killed: true };
  }
  event(draft, natural, 'exited', `${nameOf(c)} exits${shutdown > 0 ? `, ${secs(shutdown)} after the signal` : ''}.`, c.id);
  mark(draft, c.id, natural, 'exited');
  return { signalAt, at: natural, killed: false };
}

/**
 * Stop native sidecars one at a time in reverse declaration order, starting at `from`
 * (when the last regular container has exited). A sidecar whose preStop hook has not
 * ended yet is signalled when it ends (`hookEnds`). At the deadline every sidecar still
 * waiting gets its signal at once.
 */
export function stopSidecarsInReverse(
  sim: Sim,
  draft: PhaseDraft,
  sidecars: readonly ContainerView[],
  from: number,
  deadline: number,
  hookEnds: ReadonlyMap<string, number>,
  exits: Map<string, Exit>,
  now = 'now that every main container has exited',
): void {
  let turn = from;
  for (const s of [...sidecars].reverse()) {
    const at = Math.max(turn, hookEnds.get(s.id) ?? 0);
    const why = at === from ? `, ${now} (sidecars stop last, last declared first)` : ', now that the sidecar declared after it has exited';
    const exit = stopContainer(sim, draft, s, at, deadline, why);
    exits.set(s.id, exit);
    // Each sidecar waits for its turn only until the deadline: from then on every remaining
    // one is signalled at once (kubelet waitForTurn times out with the grace period; e2e_node
    // "should mark pod as succeeded if any of the prestop hook in restartable init containers
    // have exceeded its termination grace period seconds").
    turn = Math.min(exit.at, deadline);
  }
}
