/**
 * The model of one pod every reader shares: the API server's defaults applied, what each
 * container runs, the role of each container, and the facts derived from them (who runs
 * together, who is a helper, whether the pod runs to completion). The linter's context
 * and the simulator both start from it, so they can never disagree about what a
 * container is.
 */
import { Derived, type ContainerView, type PodView } from '@podsmith/manifest';
import { executionOf, type Execution, type FileReader } from './command';
import { applyDefaults, type DefaultedContainer, type DefaultedPod, type Handler } from './defaults';
import { podFacts, type PodFacts } from './pod-facts';
import { podRoles, type RoleInfo } from './roles';
import { EMPTY_RUN, mountedFiles, type SameRun } from './same-run';

export interface PodModel {
  readonly pod: PodView;
  /** The pod spec after the API server's defaults. */
  readonly defaulted: DefaultedPod;
  /** The defaulted copy of one container of the PodView. */
  defaultsOf(container: ContainerView): DefaultedContainer;
  /** What a container's command line runs, its scripts parsed (mounted ConfigMap scripts of the same run included). */
  runOf(container: ContainerView): Execution;
  /** What a handler of a container (a preStop or postStart hook) runs; undefined unless it is an exec handler. */
  hookRunOf(container: ContainerView, handler: Handler | undefined): Execution | undefined;
  /** The files a container mounts from ConfigMaps of the same run, when there are any. */
  filesOf(container: ContainerView): FileReader | undefined;
  /** What a container is for, computed once per pod. */
  roleOf(container: ContainerView): RoleInfo;
  /** Facts about the pod shared by several readers (concurrency, ports, helpers). */
  readonly facts: PodFacts;
}

/** PodViews are immutable, so the model of one is computed once per run context, whoever asks first (the linter or the simulator). */
const models = new Derived<PodView, WeakMap<SameRun, PodModel>>('pod models');

export function podModel(pod: PodView, run: SameRun = EMPTY_RUN): PodModel {
  const byRun = models.get(pod) ?? new WeakMap<SameRun, PodModel>();
  models.set(pod, byRun);
  const known = byRun.get(run);
  if (known) return known;
  const defaulted = applyDefaults(pod.spec);
  const files = new Map(pod.containers.map((c) => [c, mountedFiles(pod, c, run)]));
  const runs = new Map(pod.containers.map((c) => [c, executionOf([...c.command, ...c.args], files.get(c))]));
  const runOf = (c: ContainerView) => runs.get(c) ?? executionOf([...c.command, ...c.args]);
  const roles = podRoles(pod, runOf, (c) => files.get(c));
  const model: PodModel = {
    pod,
    defaulted,
    defaultsOf: (c) => defaulted[c.ref.list][c.ref.index] ?? missingContainer(c),
    runOf,
    hookRunOf: (c, handler) => (handler?.exec ? executionOf(handler.exec.command, files.get(c)) : undefined),
    filesOf: (c) => files.get(c),
    roleOf: (c) => roles.get(c) ?? { role: 'unknown', reason: 'not a container of this pod' },
    facts: podFacts(pod, roles, defaulted, runOf),
  };
  byRun.set(run, model);
  return model;
}

/** Containers of a PodView always have a defaulted twin at the same index; this keeps the types honest. */
function missingContainer(c: ContainerView): never {
  throw new Error(`No defaulted container for ${c.ref.list}[${c.ref.index}]`);
}
