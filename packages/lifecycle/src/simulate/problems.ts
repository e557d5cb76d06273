/**
 * What goes wrong in a simulated life, where on the timeline, and which lint rule says
 * the same. The conditions are the lifecycle hazards the rules read (../hazards), so a
 * problem here and a finding there come from one model; the times come from the phases.
 * Problems of a phase the pod never reaches (a shutdown behind a startup that never
 * ends) are not simulated; the ones that last for ever (stuck, never completes) are.
 */
import type { ContainerView } from '@podsmith/manifest';
import { completionBlockers } from '../hazards/completion-blockers';
import { regularLogShippers } from '../hazards/log-shippers';
import { initsThatNeverExit } from '../hazards/never-exits';
import { preStopExit } from '../hazards/prestop-exit';
import { earlierUser } from '../hazards/sidecar-order';
import { startupDeadlocks } from '../hazards/startup-deadlock';
import { unguardedDependency } from '../hazards/unguarded-sidecar';
import { initStatus, labels } from '../pod/pod-facts';
import type { PhaseKind, Problem } from '../types';
import { assumed, isNativeSidecar, lifeContainers as lifeContainersOf, type Sim } from './context';
import { deadlineOverrun } from './deadline';
import { failsAtAll } from './restarts';
import type { Completion } from './completion';
import type { Startup } from './startup';
import type { Termination } from './termination';
import { nameOf, secs } from './words';

const ids = (cs: readonly ContainerView[]) => cs.map((c) => c.id);

/** What a container is assumed to do when it fails, in words: `exit 1 (its command exits 1)`. */
function failureWords(sim: Sim, c: ContainerView): string {
  const a = assumed(sim, c);
  if (a.liveness && a.liveness.seconds !== Infinity) return `its livenessProbe fails after ${secs(a.liveness.seconds)}: ${a.liveness.why}`;
  if (a.startup.seconds === Infinity && sim.model.defaultsOf(c).startupProbe) return `its startupProbe never passes: ${a.startup.why}`;
  return `it exits ${a.exitCode.count}: ${a.exitCode.why}`;
}

/** Containers restarted for ever (CrashLoopBackOff), and an init container that failed the pod: problems of assumptions, no lint rule says them. */
function failureProblems(sim: Sim, startup: Startup, phase: PhaseKind): Problem[] {
  const { model } = sim;
  const problems: Problem[] = [];
  const stuck = startup.stuck;
  if (phase === 'startup' && stuck?.cause === 'failed') {
    const c = stuck.container;
    problems.push({ kind: 'pod-fails', phase, from: stuck.at, to: undefined, containers: [c.id], text: `${nameOf(c)} fails (${failureWords(sim, c)}) and restartPolicy is Never: the pod fails, and its main containers never start.` });
  }
  for (const c of lifeContainersOf(sim)) {
    const runs = startup.runs.get(c.id);
    // A pod that failed stopped everything: no container goes on being restarted.
    if (!runs?.forever || stuck?.cause === 'failed') continue;
    const inCompletion = c.lane === 'main' && model.facts.runsToCompletion;
    // An exit 0 restarted for ever in a Job is a container's own restartPolicy: Always, which never-completes says.
    if ((phase === 'completion') !== inCompletion || (inCompletion && !failsAtAll(runs))) continue;
    const from = runs.runs[0]?.end?.at ?? 0;
    const outcome =
      c.lane === 'init' ? `the pod stays in Init:CrashLoopBackOff and its main containers never start`
      : stuck?.container === c ? `it never counts as started, so the pod stays in ${initStatus(model.pod, c)}`
      : inCompletion ? 'the pod never completes'
      : 'it is down between its runs (CrashLoopBackOff)';
    problems.push({ kind: 'crash-loop', phase, from: inCompletion ? Math.max(0, from - (startup.phase.end ?? 0)) : from, to: undefined, containers: [c.id], text: `${nameOf(c)} ${failsAtAll(runs) ? 'fails' : 'ends'} every run (${failureWords(sim, c)}): the kubelet restarts it for ever, with a back-off that grows to 5 min; ${outcome}.` });
  }
  return problems;
}

export function startupProblems(sim: Sim, startup: Startup): Problem[] {
  const { model, features } = sim;
  const problems: Problem[] = failureProblems(sim, startup, 'startup');
  const stuckAt = startup.stuck?.at ?? 0;
  const startOf = (c: ContainerView) => startup.startedAt.get(c.id) ?? stuckAt;
  for (const { container: c, reason } of initsThatNeverExit(model)) {
    if (assumed(sim, c).run.seconds !== Infinity) continue; // the user says it exits
    problems.push({ kind: 'stuck-in-init', phase: 'startup', from: startOf(c), to: undefined, containers: [c.id], rule: 'init-never-exits', text: `${nameOf(c)} never exits (${reason}): the pod stays in ${initStatus(model.pod, c)} for ever and its main containers never start.` });
  }
  for (const c of model.facts.sidecars) {
    if (!features.nativeSidecars) {
      problems.push({ kind: 'sidecar-dropped', phase: 'startup', from: startOf(c), to: undefined, containers: [c.id], rule: 'native-sidecar-unsupported-version', text: `Kubernetes ${features.version} drops restartPolicy: Always, so ${nameOf(c)} is a plain init container that never exits: the pod stays in ${initStatus(model.pod, c)}.` });
      continue;
    }
    const wait = startupDeadlocks(c, model)[0];
    if (wait) problems.push({ kind: 'stuck-in-init', phase: 'startup', from: startOf(c), to: undefined, containers: [c.id], rule: 'sidecar-startup-deadlock', text: `${nameOf(c)}'s ${wait.gate} ${wait.waitsFor}: the pod never leaves initialization (${initStatus(model.pod, c)}).` });
    const started = startup.startedAt.get(c.id);
    if (started === undefined) continue;
    const up = startup.upAt.get(c.id) ?? started;
    const dependency = unguardedDependency(c, model);
    const nextStart = dependency && startup.startedAt.get(dependency.next.id);
    if (dependency && nextStart !== undefined && up > nextStart) {
      problems.push({ kind: 'starts-before-dependency', phase: 'startup', from: nextStart, to: up, containers: [c.id, dependency.next.id], rule: 'sidecar-without-startup-probe', text: `${nameOf(dependency.next)} starts at ${secs(nextStart)}, but ${nameOf(c)} ${dependency.ready} only at about ${secs(up)}: nothing makes the kubelet wait for it.` });
    }
    const user = earlierUser(c, model);
    const userStart = user && startup.startedAt.get(user.container.id);
    if (user && userStart !== undefined && up > userStart) {
      problems.push({ kind: 'starts-before-dependency', phase: 'startup', from: userStart, to: up, containers: [c.id, user.container.id], rule: 'sidecar-order', text: `${nameOf(user.container)} starts at ${secs(userStart)} and needs ${nameOf(c)} (${user.reason}), which is declared after it and is up only at ${secs(up)}.` });
    }
  }
  return problems;
}

/** Problems of a deletion: lost logs, a sidecar gone early, a sidecar stopped before one that needs it, the deadline. */
export function terminationProblems(sim: Sim, termination: Termination, running: readonly ContainerView[]): Problem[] {
  const { model } = sim;
  const problems: Problem[] = [];
  const phase: PhaseKind = 'termination';
  const exitOf = (c: ContainerView) => termination.exits.get(c.id);
  const apps = model.facts.apps.filter((c) => running.includes(c));
  const appsGone = Math.max(0, ...apps.map((c) => exitOf(c)?.at ?? 0));
  for (const shipper of regularLogShippers(model)) {
    const stops = exitOf(shipper)?.signalAt;
    if (stops === undefined || appsGone <= stops) continue;
    problems.push({ kind: 'lost-logs', phase, from: stops, to: appsGone, containers: [shipper.id, ...ids(apps)], rule: 'log-shipper-not-native', text: `Lines ${labels(apps)} write${apps.length === 1 ? 's' : ''} from ${secs(stops)} to ${secs(appsGone)} are lost: ${nameOf(shipper)} stopped reading at ${secs(stops)}, when it got SIGTERM together with the app.` });
  }
  for (const c of running.filter((x) => isNativeSidecar(sim, x))) {
    const gone = exitOf(c)?.at;
    if (gone === undefined) continue;
    const how = preStopExit(c, model);
    if (how && termination.mainsGone > gone) {
      problems.push({ kind: 'sidecar-gone-early', phase, from: gone, to: termination.mainsGone, containers: [c.id, ...ids(running.filter((m) => m.lane === 'main'))], rule: 'sidecar-prestop-exits', text: `${nameOf(c)} is gone at ${secs(gone)} (its preStop hook runs \`${how}\`), while main containers run until ${secs(termination.mainsGone)}.` });
    }
    const user = earlierUser(c, model);
    const userGone = user && exitOf(user.container)?.at;
    if (user && userGone !== undefined && userGone > gone) {
      problems.push({ kind: 'stops-before-dependent', phase, from: gone, to: userGone, containers: [c.id, user.container.id], rule: 'sidecar-order', text: `${nameOf(c)} is stopped first (sidecars stop last declared first) at ${secs(gone)}, but ${nameOf(user.container)} needs it until ${secs(userGone)}: ${user.reason}.` });
    }
  }
  const overrun = deadlineOverrun(sim, termination, running);
  if (overrun) {
    const lateEnd = Math.max(...overrun.late.map((c) => exitOf(c)?.at ?? 0));
    const killed = overrun.late.filter((c) => exitOf(c)?.killed);
    const outcome = killed.length > 0 ? `${labels(killed)} ${killed.length === 1 ? 'is' : 'are'} killed (SIGKILL)` : 'they get SIGTERM at the deadline, cut short';
    problems.push({ kind: 'killed-at-deadline', phase, from: overrun.grace, to: lateEnd, containers: [...new Set([overrun.cause.id, ...ids(overrun.late)])], rule: overrun.rule, text: `The grace period of ${secs(overrun.grace)} ends while ${labels(overrun.late)} ${overrun.late.length === 1 ? 'is' : 'are'} still running: ${outcome}.` });
  }
  return problems;
}

export function completionProblems(sim: Sim, startup: Startup, completion: Completion): Problem[] {
  const { model } = sim;
  const failed = completion.failed.map((c): Problem => ({ kind: 'pod-fails', phase: 'completion', from: completion.phase.end ?? 0, to: undefined, containers: [c.id], text: `${nameOf(c)} fails (${failureWords(sim, c)}) and restartPolicy is Never: the pod fails.` }));
  return [...failed, ...failureProblems(sim, startup, 'completion'), ...completionBlockers(model, sim.features.version).map(({ container: c, reason, restarted }): Problem => ({
    kind: 'never-completes',
    phase: 'completion',
    from: completion.workDone ?? 0,
    to: undefined,
    containers: [c.id, ...ids(model.facts.apps.filter((a) => a !== c))],
    rule: 'job-blocked-by-sidecar',
    text: `${nameOf(c)} ${restarted ? 'is started again whenever it is stopped' : 'never exits'} (${reason}): the pod never completes${model.pod.workload.kind === 'Job' || model.pod.workload.kind === 'CronJob' ? ' and the Job never finishes' : ''}.`,
  }))];
}
