/**
 * Regular containers that keep a run-to-completion pod (a Job's, a CronJob's, a Pod with
 * restartPolicy Never or OnFailure) from ever completing. The pod completes only when
 * every regular container has exited ([KEP753] "Problems: jobs with sidecar containers");
 * a proxy, a log shipper or an agent never does, and a regular container whose own
 * restartPolicy is Always is started again ([KEP5307]). Native sidecars do not hold
 * completion back ([SC]).
 *
 * An app that stops its helpers itself (the legacy workaround) lets the pod complete,
 * unless it stops them with a signal they exit non-zero on while restartPolicy is
 * OnFailure: the kubelet then starts the helper again ([PL] "Container restart policy"),
 * and the pod still never completes.
 * Read by the job-blocked-by-sidecar rule and by the simulator's completion.
 */
import type { ContainerView } from '@podsmith/manifest';
import { sleepDuration } from '../pod/command';
import { helperStopOf, type HelperStop } from '../pod/legacy';
import type { PodModel } from '../pod/model';
import { label } from '../pod/pod-facts';
import { restartedAfterSuccessReason, restartsAfterExit } from '../pod/restart';
import type { K8sVersion } from '../version';

export interface Blocker {
  readonly container: ContainerView;
  /** Why it never exits: `it is a mesh proxy (...): the Istio proxy serves until it is stopped`. */
  readonly reason: string;
  /** True when it does exit, killed by the app's workaround, and is started again. */
  readonly restarted?: boolean;
}

/** Helpers that exit 143 on SIGTERM unless a flag says otherwise, and that flag. */
export const NONZERO_ON_SIGTERM: Readonly<Record<string, string>> = {
  'cloud-sql-proxy': 'exit-zero-on-sigterm',
  'alloydb-auth-proxy': 'exit-zero-on-sigterm',
};

/** The regular containers that never let the pod complete; empty for long-running pods. */
export function completionBlockers(model: PodModel, version: K8sVersion): readonly Blocker[] {
  const { facts } = model;
  if (!facts.runsToCompletion || facts.apps.length === 0) return [];
  const stopper = facts.apps.map((app) => ({ app, stop: helperStopOf(app, model) })).find((s) => s.stop);
  return facts.mains.flatMap((container): Blocker[] => {
    const restarted = restartedAfterSuccessReason(container, model, version);
    if (restarted) return [{ container, reason: restarted }];
    const helper = facts.helperReason(container);
    if (!helper) return [];
    if (!stopper?.stop) return [{ container, reason: helper }];
    const killed = restartedAfterKill(container, stopper.app, stopper.stop, model, version);
    return killed ? [{ container, reason: killed, restarted: true }] : [];
  });
}

/**
 * Why a helper the app kills with a signal is started again, or undefined: it exits
 * non-zero on that signal (137 for SIGKILL; 143 for SIGTERM when it does not handle it,
 * or handles it by exiting 143), and the pod's restartPolicy restarts such an exit.
 */
function restartedAfterKill(c: ContainerView, app: ContainerView, stop: HelperStop, model: PodModel, version: K8sVersion): string | undefined {
  if (stop.how !== 'signal' || !stop.signal) return undefined;
  const code = exitCodeOn(c, stop.signal, model);
  if (code === undefined || !restartsAfterExit(c, code.code, model, version)) return undefined;
  return `${label(app)} kills it with SIG${stop.signal} when it is done, and it then exits with code ${code.code} (${code.why}); restartPolicy ${model.defaulted.restartPolicy} restarts a container that exits non-zero, so it runs again`;
}

/** The exit code a helper gives on a signal, when it is known. */
function exitCodeOn(c: ContainerView, signal: string, model: PodModel): { code: number; why: string } | undefined {
  if (signal === 'KILL') return { code: 137, why: 'SIGKILL cannot be handled' };
  if (signal !== 'TERM') return undefined;
  const product = model.roleOf(c).product;
  const flag = product && NONZERO_ON_SIGTERM[product];
  if (flag && !c.image.includes('gce-proxy') && ![...c.command, ...c.args].some((w) => w.startsWith(`--${flag}`))) return { code: 143, why: `${product} exits 143 on SIGTERM without --${flag}` };
  const fg = model.runOf(c).runs.filter((r) => !r.background);
  const last = fg[fg.length - 1];
  const idles = last && ((last.program === 'sleep' && sleepDuration(last.argv[1]) === Infinity) || (last.program === 'tail' && last.argv.some((w) => /^-[^-]*[fF]/.test(w))));
  return idles ? { code: 143, why: `\`${last.program}\` does not handle SIGTERM, so the signal ends it with 128 + 15` } : undefined;
}
