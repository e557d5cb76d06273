/**
 * The model of one pod every reader shares: the API server's defaults applied, the role
 * of each container, and the facts derived from them (who runs together, who is a
 * helper, whether the pod runs to completion). The linter's context and the simulator
 * both start from it, so they can never disagree about what a container is.
 */
import type { ContainerView, PodView } from '@podsmith/manifest';
import { applyDefaults, type DefaultedContainer, type DefaultedPod } from './defaults';
import { podFacts, type PodFacts } from './pod-facts';
import { podRoles, type RoleInfo } from './roles';

export interface PodModel {
  readonly pod: PodView;
  /** The pod spec after the API server's defaults. */
  readonly defaulted: DefaultedPod;
  /** The defaulted copy of one container of the PodView. */
  defaultsOf(container: ContainerView): DefaultedContainer;
  /** What a container is for, computed once per pod. */
  roleOf(container: ContainerView): RoleInfo;
  /** Facts about the pod shared by several readers (concurrency, ports, helpers). */
  readonly facts: PodFacts;
}

/** PodViews are immutable, so the model of one is computed once, whoever asks first (the linter or the simulator). */
const models = new WeakMap<PodView, PodModel>();

export function podModel(pod: PodView): PodModel {
  const known = models.get(pod);
  if (known) return known;
  const defaulted = applyDefaults(pod.spec);
  const roles = podRoles(pod);
  const model: PodModel = {
    pod,
    defaulted,
    defaultsOf: (c) => defaulted[c.ref.list][c.ref.index] ?? missingContainer(c),
    roleOf: (c) => roles.get(c) ?? { role: 'unknown', reason: 'not a container of this pod' },
    facts: podFacts(pod, roles, defaulted),
  };
  models.set(pod, model);
  return model;
}

/** Containers of a PodView always have a defaulted twin at the same index; this keeps the types honest. */
function missingContainer(c: ContainerView): never {
  throw new Error(`No defaulted container for ${c.ref.list}[${c.ref.index}]`);
}
