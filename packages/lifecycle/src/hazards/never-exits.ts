/**
 * Init containers that never exit. Init containers run one at a time and each must exit
 * successfully before the next starts ([IC] "Each init container must complete
 * successfully"), so one that never exits holds the pod in `Init:x/y` for ever.
 * Read by the init-never-exits rule and by the simulator's startup.
 */
import type { ContainerView } from '@podsmith/manifest';
import { runsForeverReason } from '../pod/command';
import type { PodModel } from '../pod/model';
import { roleNoun } from '../pod/roles';

/** Why a container never exits on its own (a daemon's role, or a command that runs for ever), or undefined. */
export function neverExitsReason(c: ContainerView, model: PodModel): string | undefined {
  const role = model.roleOf(c);
  if (role.runsForever) return role.role === 'unknown' ? role.runsForever : `it is a ${roleNoun(role.role)} (${role.reason}), and ${role.runsForever}`;
  return runsForeverReason(model.runOf(c));
}

/** The regular init containers that never exit, in start order. */
export function initsThatNeverExit(model: PodModel): readonly { readonly container: ContainerView; readonly reason: string }[] {
  return model.facts.inits.flatMap((container) => {
    const reason = neverExitsReason(container, model);
    return reason ? [{ container, reason }] : [];
  });
}
