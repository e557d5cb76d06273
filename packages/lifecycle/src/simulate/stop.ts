/**
 * Stopping one container, and stopping the sidecars, as the kubelet does ([PL] "Pod
 * termination", "termination with sidecars"; [KEP753] "Termination of containers"):
 * the stop signal, then the container's own shutdown time; at the grace-period deadline
 * every container still running gets SIGTERM, and SIGKILL 2 s later.
 */
import type { ContainerView } from '@podsmith/manifest';
import type { ContainerState } from '../types';
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

/** The container exits `shutdown` seconds after `signalAt`, unless SIGKILL comes first. */
export function exitAfter(sim: Sim, draft: PhaseDraft, c: ContainerView, signalAt: number, deadline: number): Exit {
  const shutdown = assumed(sim, c).shutdown.seconds;
  const natural = signalAt + shutdown;
  const killAt = Math.max(deadline, signalAt) + KILL_AFTER_SECONDS;
  if (natural > killAt) {
    event(draft, killAt, 'SIGKILL', `${nameOf(c)} is still running ${secs(KILL_AFTER_SECONDS)} after the deadline: SIGKILL. Whatever it had not finished is lost.`, c.id);
    endAs(draft, c, killAt, 'killed', 'SIGKILL');
    return { signalAt, at: killAt, killed: true };
  }
  event(draft, natural, 'exited', `${nameOf(c)} exits${shutdown > 0 ? `, ${secs(shutdown)} after the signal` : ''}.`, c.id);
  endAs(draft, c, natural, 'exited');
  return { signalAt, at: natural, killed: false };
}

function endAs(draft: PhaseDraft, c: ContainerView, at: number, state: ContainerState, label?: string): void {
  mark(draft, c.id, at, state, label);
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
): void {
  let turn = from;
  for (const s of [...sidecars].reverse()) {
    const at = Math.max(turn, hookEnds.get(s.id) ?? 0);
    const why = at === from ? ', now that every main container has exited (sidecars stop last, last declared first)' : ', now that the sidecar declared after it has exited';
    const exit = stopContainer(sim, draft, s, at, deadline, why);
    exits.set(s.id, exit);
    // Past the deadline every remaining sidecar is signalled at once, not one after the other.
    turn = at >= deadline ? turn : exit.at;
  }
}
