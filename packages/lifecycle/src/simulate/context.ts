/** What every step of one simulation reads: the pod's model, the version's features, the assumptions. */
import type { ContainerView } from '@podsmith/manifest';
import type { PodModel } from '../pod/model';
import type { Assumptions, ContainerAssumptions } from '../types';
import type { Features } from './features';

export interface Sim {
  readonly model: PodModel;
  readonly features: Features;
  readonly assumptions: Assumptions;
}

/** The assumptions of one (non-ephemeral) container. */
export function assumed(sim: Sim, c: ContainerView): ContainerAssumptions {
  const a = Object.hasOwn(sim.assumptions.containers, c.id) ? sim.assumptions.containers[c.id] : undefined;
  if (!a) throw new Error(`No assumptions for container ${c.id}`);
  return a;
}

/** A sidecar that runs as one at the target version (SidecarContainers, 1.29+). */
export function isNativeSidecar(sim: Sim, c: ContainerView): boolean {
  return c.lane === 'sidecar' && sim.features.nativeSidecars;
}

/** Runs as a plain init container: an init container, or a sidecar whose restartPolicy: Always the version drops. No hooks run for it. */
export function isPlainInit(sim: Sim, c: ContainerView): boolean {
  return c.lane === 'init' || (c.lane === 'sidecar' && !sim.features.nativeSidecars);
}

/** The containers that take part in the pod's life, in declaration order (ephemeral containers are added by hand, later). */
export function lifeContainers(sim: Sim): readonly ContainerView[] {
  return sim.model.pod.containers.filter((c) => c.lane !== 'ephemeral');
}
