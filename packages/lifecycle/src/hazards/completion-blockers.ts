/**
 * Regular containers that keep a run-to-completion pod (a Job's, a CronJob's, a Pod with
 * restartPolicy Never or OnFailure) from ever completing. The pod completes only when
 * every regular container has exited ([KEP753] "Problems: jobs with sidecar containers");
 * a proxy, a log shipper or an agent never does, and a regular container whose own
 * restartPolicy is Always is started again ([KEP5307]). Native sidecars do not hold
 * completion back ([SC]).
 * Read by the job-blocked-by-sidecar rule and by the simulator's completion.
 */
import type { ContainerView } from '@podsmith/manifest';
import { stopsHelpersReason } from '../pod/legacy';
import type { PodModel } from '../pod/model';
import { restartedAfterSuccessReason } from '../pod/restart';
import type { K8sVersion } from '../version';

export interface Blocker {
  readonly container: ContainerView;
  /** Why it never exits: `it is a mesh proxy (...): the Istio proxy serves until it is stopped`. */
  readonly reason: string;
}

/** The regular containers that never let the pod complete; empty for long-running pods. */
export function completionBlockers(model: PodModel, version: K8sVersion): readonly Blocker[] {
  const { facts } = model;
  // An app that stops its helpers itself (quitquitquit, pkill) is a legacy workaround that works: reported by legacy-ordering-workaround.
  if (!facts.runsToCompletion || facts.apps.length === 0 || facts.apps.some((app) => stopsHelpersReason(app, model))) return [];
  return facts.mains.flatMap((container) => {
    const reason = facts.helperReason(container) ?? restartedAfterSuccessReason(container, model, version);
    return reason ? [{ container, reason }] : [];
  });
}
