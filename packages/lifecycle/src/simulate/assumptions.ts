/**
 * The assumptions a simulation rests on, each with where it comes from: the pod where it
 * says (a startupProbe's timings, a preStop sleep, a command that sleeps, the grace
 * period), a documented default otherwise. The user's overrides replace them.
 *
 * The defaults are deliberately small, round and stated: Podsmith cannot know how long an
 * app takes to start or to stop, and says so in `why`.
 */
import type { ContainerView } from '@podsmith/manifest';
import { executionOf, statedExitCode, straightSleepSeconds } from '../pod/command';
import type { DefaultedContainer, Handler, Probe } from '../pod/defaults';
import { DEFAULT_GRACE_PERIOD_SECONDS } from '../pod/defaults';
import { drainOf } from '../pod/drain';
import type { PodModel } from '../pod/model';
import { numberOr } from '../pod/plain';
import { HELPER_ROLES } from '../pod/roles';
import { neverExitsReason } from '../hazards/never-exits';
import { preStopExit } from '../hazards/prestop-exit';
import type { Assumption, AssumptionOverrides, Assumptions, ContainerAssumptions, CountAssumption } from '../types';
import type { Features } from './features';

/** The documented defaults, in seconds. */
const DEFAULT_SECONDS = {
  /** A process coming up far enough to serve. */
  startup: 1,
  /** A hook Podsmith cannot see inside (an exec script without literal sleeps, an httpGet). */
  hook: 1,
  /** A one-shot init container's work. */
  initRun: 2,
  /** A Job's main container's work. */
  jobRun: 10,
  /** An application finishing its in-flight work after SIGTERM. */
  appShutdown: 2,
  /** A helper (proxy, agent, unknown sidecar) exiting after SIGTERM, when its product documents no drain. */
  helperShutdown: 1,
} as const;

const pod = (seconds: number, why: string): Assumption => ({ seconds, source: 'pod', why });
const byDefault = (seconds: number, why: string): Assumption => ({ seconds, source: 'default', why });
const counted = (count: number, source: CountAssumption['source'], why: string): CountAssumption => ({ count, source, why });

/**
 * When a probe that fails at every try has failed failureThreshold times, counted from the
 * process starting: the kubelet kills the container then ([PL] "Container probes").
 */
export function probeBudget(p: Probe): number {
  return p.initialDelaySeconds + p.periodSeconds * p.failureThreshold;
}

/** `exit 1`, when a probe's exec command fails on every try (it says `exit N`, N not 0, or runs `false`); else undefined. */
function alwaysFails(p: Probe): string | undefined {
  const code = p.exec ? statedExitCode(executionOf(p.exec.command)) : undefined;
  return code !== undefined && code !== 0 ? `it exits ${code} at every try` : undefined;
}

const budgetWords = (p: Probe) => `initialDelaySeconds ${p.initialDelaySeconds} + periodSeconds ${p.periodSeconds} × failureThreshold ${p.failureThreshold} = ${probeBudget(p)} s`;

/** The assumptions read from the pod and the documented defaults, before any override. */
export function assumptionsOf(model: PodModel, features: Features): Assumptions {
  const written = numberOr(model.pod.spec.terminationGracePeriodSeconds);
  const grace = model.defaulted.terminationGracePeriodSeconds;
  // fromEntries defines own properties: a container named __proto__ stays data (hostile manifests).
  const containers = Object.fromEntries(model.pod.containers.filter((c) => c.lane !== 'ephemeral').map((c) => [c.id, containerAssumptions(c, model, features)]));
  return {
    terminationGracePeriodSeconds:
      written === undefined
        ? byDefault(grace, `the API server sets ${DEFAULT_GRACE_PERIOD_SECONDS} s when the pod does not say`)
        : pod(grace, written < 0 ? `terminationGracePeriodSeconds: ${written}, treated as 1 (a negative value is invalid)` : `terminationGracePeriodSeconds: ${written}`),
    containers,
  };
}

function containerAssumptions(c: ContainerView, model: PodModel, features: Features): ContainerAssumptions {
  const dc = model.defaultsOf(c);
  const preStop = preStopAssumption(c, dc, model, features);
  const liveness = dc.livenessProbe && livenessAssumption(dc.livenessProbe);
  const stated = statedExitCode(model.runOf(c));
  return {
    startup: startupAssumption(dc, features),
    run: runAssumption(c, model, features),
    shutdown: shutdownAssumption(c, dc, model),
    ...(preStop && { preStop }),
    ...(liveness && { liveness }),
    exitCode: stated === undefined ? counted(0, 'default', 'a run that ends by itself is assumed to exit 0') : counted(stated, 'pod', `its command exits ${stated}`),
    failures: counted(Infinity, 'default', 'every run: each runs the same command, so each goes the same way (its exit code, its probes)'),
  };
}

/** When its livenessProbe has failed for good, from the process starting; Infinity: it passes. */
function livenessAssumption(probe: Probe): Assumption {
  const fails = alwaysFails(probe);
  if (fails) return pod(probeBudget(probe), `livenessProbe: ${fails}, so the kubelet kills the container after ${budgetWords(probe)}`);
  return byDefault(Infinity, 'its livenessProbe is assumed to pass');
}

/** From the process starting to its startupProbe passing or its postStart hook ending, whichever is later ([SC]). */
function startupAssumption(dc: DefaultedContainer, features: Features): Assumption {
  const probe = dc.startupProbe;
  // With a postStart hook too, startup is the longer of the two, and a failing probe is not modelled.
  const fails = probe && !dc.lifecycle.postStart && alwaysFails(probe);
  if (probe && fails) return pod(Infinity, `startupProbe: ${fails}, so it never passes; the kubelet kills the container after ${budgetWords(probe)}`);
  const hook = dc.lifecycle.postStart && handlerSeconds(dc.lifecycle.postStart, features);
  const fromProbe = probe && {
    seconds: probe.initialDelaySeconds + probe.periodSeconds,
    why: `startupProbe: initialDelaySeconds ${probe.initialDelaySeconds} + periodSeconds ${probe.periodSeconds} × 1: it passes at its first probe after the delay (it may fail up to failureThreshold ${probe.failureThreshold} times, ${probe.initialDelaySeconds + probe.periodSeconds * probe.failureThreshold} s in all)`,
  };
  const fromHook = hook && { seconds: hook.seconds, why: `postStart hook: ${hook.why}` };
  const longer = fromProbe && fromHook ? (fromHook.seconds > fromProbe.seconds ? fromHook : fromProbe) : (fromProbe ?? fromHook);
  if (longer) return longer === fromHook && hook?.source === 'default' ? byDefault(longer.seconds, longer.why) : pod(longer.seconds, longer.why);
  return byDefault(DEFAULT_SECONDS.startup, `about ${DEFAULT_SECONDS.startup} s for the process to come up; nothing in the pod makes the kubelet wait for it`);
}

/** How long a container runs by itself before it exits 0; Infinity for daemons and long-running containers. */
function runAssumption(c: ContainerView, model: PodModel, features: Features): Assumption {
  const slept = straightSleepSeconds(model.runOf(c));
  if (c.lane === 'sidecar') {
    return features.nativeSidecars
      ? byDefault(Infinity, 'a sidecar runs until Kubernetes stops it (and is restarted if it exits)')
      : byDefault(Infinity, `restartPolicy: Always is dropped on Kubernetes ${features.version}, and a sidecar does not exit by itself`);
  }
  if (c.lane === 'init') {
    const never = neverExitsReason(c, model);
    if (never) return pod(Infinity, never);
    if (slept !== undefined) return pod(slept, `its command sleeps ${slept} s, then exits`);
    return byDefault(DEFAULT_SECONDS.initRun, `a one-shot init container's work, assumed to take ${DEFAULT_SECONDS.initRun} s`);
  }
  if (!model.facts.runsToCompletion) return byDefault(Infinity, 'a long-running pod: its main containers run until the pod is deleted (and are restarted if they exit)');
  const helper = model.facts.helperReason(c);
  if (helper) return pod(Infinity, helper);
  if (slept !== undefined && slept !== Infinity) return pod(slept, `its command sleeps ${slept} s, then exits`);
  return byDefault(DEFAULT_SECONDS.jobRun, `the work of a Job's container, assumed to take ${DEFAULT_SECONDS.jobRun} s`);
}

/** From SIGTERM to the process exiting: a product's documented drain, else a default by role. */
function shutdownAssumption(c: ContainerView, dc: DefaultedContainer, model: PodModel): Assumption {
  const role = model.roleOf(c);
  const drain = drainOf(role, dc, model.pod);
  if (drain) return /default/.test(drain.source) ? byDefault(drain.seconds, drain.source) : pod(drain.seconds, drain.source);
  if (HELPER_ROLES.has(role.role) || c.lane === 'sidecar') return byDefault(DEFAULT_SECONDS.helperShutdown, `a helper exits about ${DEFAULT_SECONDS.helperShutdown} s after SIGTERM`);
  return byDefault(DEFAULT_SECONDS.appShutdown, `an application finishes its in-flight work in about ${DEFAULT_SECONDS.appShutdown} s after SIGTERM`);
}

/** How long the preStop hook holds the container, when it has one. */
function preStopAssumption(c: ContainerView, dc: DefaultedContainer, model: PodModel, features: Features): Assumption | undefined {
  const hook = dc.lifecycle.preStop;
  if (!hook) return undefined;
  const seconds = handlerSeconds(hook, features);
  // A hook that stops its own container (`kill 1`) takes no time itself unless it sleeps first.
  const exits = seconds.source === 'default' ? preStopExit(c, model) : undefined;
  if (exits) return byDefault(0, `the hook stops the container at once (\`${exits}\`)`);
  return seconds.source === 'pod' ? pod(seconds.seconds, seconds.why) : byDefault(seconds.seconds, seconds.why);
}

/** How long a hook runs: a sleep action's seconds, an exec script's literal sleeps, or the default. */
function handlerSeconds(h: Handler, features: Features): Assumption {
  if (h.sleep) {
    if (!features.sleepAction) return byDefault(0, `the sleep action is dropped on Kubernetes ${features.version} (it needs 1.30)`);
    return pod(h.sleep.seconds ?? 0, `sleep action of ${h.sleep.seconds ?? 0} s`);
  }
  const slept = h.exec ? straightSleepSeconds(executionOf(h.exec.command)) : undefined;
  if (slept !== undefined) return pod(slept, `its exec runs \`sleep\` for ${slept} s`);
  return byDefault(DEFAULT_SECONDS.hook, `Podsmith cannot see inside the hook; ${DEFAULT_SECONDS.hook} s assumed`);
}

/** The assumptions with the user's overrides in place (source 'user'). */
export function withOverrides(base: Assumptions, overrides: AssumptionOverrides | undefined): Assumptions {
  if (!overrides) return base;
  const user = (a: Assumption | undefined, seconds: number | undefined): Assumption | undefined =>
    seconds === undefined || !Number.isFinite(seconds) || seconds < 0 ? a : { seconds, source: 'user', why: a ? `your value (the model said ${a.seconds} s: ${a.why})` : 'your value' };
  const asked = overrides.containers ?? {};
  const containers = Object.fromEntries(
    Object.entries(base.containers).map(([id, known]): [string, ContainerAssumptions] => {
      const fields = Object.hasOwn(asked, id) ? asked[id] : undefined;
      if (!fields) return [id, known];
      const preStop = known.preStop && user(known.preStop, fields.preStop);
      const liveness = known.liveness && user(known.liveness, fields.liveness);
      return [
        id,
        {
          startup: user(known.startup, fields.startup) ?? known.startup,
          run: user(known.run, fields.run) ?? known.run,
          shutdown: user(known.shutdown, fields.shutdown) ?? known.shutdown,
          ...(preStop && { preStop }),
          ...(liveness && { liveness }),
          exitCode: userCount(known.exitCode, fields.exitCode, (n) => Number.isInteger(n) && n >= 0 && n <= 255),
          failures: userCount(known.failures, fields.failures, (n) => n === Infinity || (Number.isInteger(n) && n >= 0)),
        },
      ];
    }),
  );
  return { terminationGracePeriodSeconds: user(base.terminationGracePeriodSeconds, overrides.terminationGracePeriodSeconds) ?? base.terminationGracePeriodSeconds, containers };
}

/** A count with the user's value in place, when it is one the field takes. */
function userCount(known: CountAssumption, count: number | undefined, valid: (n: number) => boolean): CountAssumption {
  return count === undefined || !valid(count) ? known : counted(count, 'user', `your value (the model said ${known.count}: ${known.why})`);
}
