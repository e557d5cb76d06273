/**
 * Sidecars declared after a sidecar that needs them. Sidecars start in declaration order
 * and stop in reverse order ([KEP753] "Termination of containers"; [PL]
 * termination-with-sidecars), so the one used by others must come first.
 * Read by the sidecar-order rule and by the simulator (startup and termination).
 */
import type { ContainerView } from '@podsmith/manifest';
import { needsReason } from '../pod/dependencies';
import type { PodModel } from '../pod/model';

export interface SidecarUser {
  /** The earlier sidecar that needs the helper. */
  readonly container: ContainerView;
  readonly reason: string;
}

/** The first sidecar declared before `helper` that needs it, or undefined. */
export function earlierUser(helper: ContainerView, model: PodModel): SidecarUser | undefined {
  for (const container of model.facts.sidecars) {
    if (container.ref.index >= helper.ref.index) break;
    const reason = needsReason(container, helper, model);
    if (reason) return { container, reason };
  }
  return undefined;
}
