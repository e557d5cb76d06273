/**
 * Who is still running when the grace period ends, and why: the budget is one for the
 * whole pod ([KEP753] termination steps; [PL]), so a main container's long preStop hook
 * plus the sidecars' drain, stopped one after the other, can use it all up.
 * Read by the simulator's problems and by the grace-period-exhausted rule.
 */
import type { ContainerView } from '@podsmith/manifest';
import type { Assumption } from '../types';
import { assumed, isNativeSidecar, type Sim } from './context';
import type { Termination } from './termination';

export interface DeadlineOverrun {
  /** grace-period-exhausted when native sidecars share the budget; prestop-exceeds-grace-period when one hook alone is too long, or there are no sidecars. */
  readonly rule: 'grace-period-exhausted' | 'prestop-exceeds-grace-period';
  /** The container the problem is about: the main container with the longest preStop hook, else the first one still running at the deadline. */
  readonly cause: ContainerView;
  /** The cause's preStop hook, when it has one. */
  readonly preStop?: Assumption;
  /** Every container still running at the deadline, in declaration order. */
  readonly late: readonly ContainerView[];
  readonly grace: number;
  /** The sidecars' shutdown times, in declaration order: what they take out of the budget. */
  readonly drains: readonly { readonly container: ContainerView; readonly shutdown: Assumption }[];
}

export function deadlineOverrun(sim: Sim, termination: Termination, running: readonly ContainerView[]): DeadlineOverrun | undefined {
  const grace = termination.deadline;
  // Killed at the deadline (signalled before it) or gone only after it (signalled at it).
  const late = running.filter((c) => {
    const exit = termination.exits.get(c.id);
    return exit !== undefined && (exit.killed || exit.at > grace);
  });
  const firstLate = late[0];
  if (!firstLate) return undefined;
  const sidecars = running.filter((c) => isNativeSidecar(sim, c));
  const drains = sidecars.map((container) => ({ container, shutdown: assumed(sim, container).shutdown }));
  const hooked = running.filter((c) => c.lane === 'main').flatMap((c) => {
    const preStop = assumed(sim, c).preStop;
    return preStop && preStop.seconds > 0 ? [{ c, preStop }] : [];
  });
  const tooLong = hooked.find((h) => h.preStop.seconds >= grace);
  const longest = hooked.filter((h) => h.preStop.seconds < grace).reduce<(typeof hooked)[number] | undefined>((best, h) => (h.preStop.seconds > (best?.preStop.seconds ?? 0) ? h : best), undefined);
  const drain = drains.reduce((sum, d) => sum + d.shutdown.seconds, 0);
  // The shared budget: the longest hook that fits, the app's own shutdown, then the sidecars one after the other.
  const budgetSpent = longest !== undefined && longest.preStop.seconds + assumed(sim, longest.c).shutdown.seconds + drain > grace;
  if (sidecars.length > 0 && longest && budgetSpent) return { rule: 'grace-period-exhausted', cause: longest.c, preStop: longest.preStop, late, grace, drains };
  if (tooLong) return { rule: 'prestop-exceeds-grace-period', cause: tooLong.c, preStop: tooLong.preStop, late, grace, drains };
  const rule = sidecars.length > 0 ? 'grace-period-exhausted' : 'prestop-exceeds-grace-period';
  return longest ? { rule, cause: longest.c, preStop: longest.preStop, late, grace, drains } : { rule, cause: firstLate, late, grace, drains };
}
