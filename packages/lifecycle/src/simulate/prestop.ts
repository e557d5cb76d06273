/**
 * The preStop hooks of a stop: the kubelet runs every hook of the containers it stops at
 * once, before their stop signal, each cut off at the grace-period deadline (kubelet
 * killContainer runs executePreStopHook in a goroutine per container; [PL] "Pod
 * termination"). This holds for a deletion (main containers and sidecars) and for a
 * Job's completion (the sidecars, once every main container has exited: e2e_node
 * container_lifecycle_test "should call sidecar container PreStop hook simultaneously").
 */
import type { ContainerView } from '@podsmith/manifest';
import { assumed, isPlainInit, type Sim } from './context';
import { event, mark, type PhaseDraft } from './phase';
import { nameOf, secs } from './words';

/** Start the preStop hooks of `stopped` at `from`; when each ends, by id. None when the grace period is 0. */
export function runPreStopHooks(sim: Sim, draft: PhaseDraft, stopped: readonly ContainerView[], from: number, deadline: number): ReadonlyMap<string, number> {
  const ends = new Map<string, number>();
  if (deadline - from <= 0) {
    if (stopped.some((c) => sim.model.defaultsOf(c).lifecycle.preStop)) event(draft, from, 'preStop-begins', 'terminationGracePeriodSeconds is 0: the kubelet skips every preStop hook.');
    return ends;
  }
  for (const c of stopped) {
    const preStop = assumed(sim, c).preStop;
    if (!preStop || isPlainInit(sim, c)) continue;
    const end = Math.min(from + preStop.seconds, deadline);
    ends.set(c.id, end);
    const sidecar = c.lane === 'sidecar' ? (from > 0 ? ' (the sidecars\' hooks all start now, together)' : ' (a sidecar\'s hook runs now too, with the app\'s)') : '';
    event(draft, from, 'preStop-begins', `${nameOf(c)}'s preStop hook starts${sidecar}.`, c.id);
    mark(draft, c.id, from, 'terminating', `preStop ${secs(preStop.seconds)}`);
    const cut = from + preStop.seconds > deadline ? ': it is cut off, the grace period is over' : '';
    event(draft, end, 'preStop-ends', `${nameOf(c)}'s preStop hook ends${cut}.`, c.id);
    if (c.lane === 'sidecar') mark(draft, c.id, end, 'running', 'waiting to be stopped');
  }
  return ends;
}
