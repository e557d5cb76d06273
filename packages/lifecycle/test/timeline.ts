/**
 * Reading a simulation the way kubernetes/kubernetes test/e2e_node reads its containers'
 * logs (container_lifecycle_pod_construction.go: StartsBefore, ExitsBefore, RunTogether,
 * DoesntStart): every event on one clock, startup first, then the pod's shutdown (its
 * completion, or its deletion), or for a pod that runs to completion, when asked, its
 * deletion while it runs (the e2e tests that delete such a pod).
 */
import { parseManifest, projectPod, type PodView } from '@podsmith/manifest';
import { simulate } from '../src/simulate/simulate';
import { type EventKind, type LifecycleEvent, type SimulateOptions, type Simulation } from '../src';

export function podOf(text: string): PodView {
  const parsed = parseManifest(text);
  const ref = parsed.pods[0];
  const pod = ref && projectPod(parsed, ref);
  if (!pod) throw new Error('no pod in test manifest');
  return pod;
}

export interface Clock {
  readonly simulation: Simulation;
  /** Every event, startup then shutdown, on one clock. */
  readonly events: readonly LifecycleEvent[];
  /** When the first event of this kind for this container happens. */
  at(kind: EventKind, container: string): number | undefined;
  /** Killed with SIGKILL (the e2e tests' exit code 137). */
  killed(container: string): boolean;
  started(container: string): number | undefined;
  exited(container: string): number | undefined;
  /** As the e2e tests read it: `b` starts (again, when it is `a`) after `a` first started. */
  startsBefore(a: string, b: string): boolean;
  /** As the e2e tests read it: `b` exits (again, when it is `a`) after `a` first exited. */
  exitsBefore(a: string, b: string): boolean;
  /** Started more than once (HasRestarted). */
  hasRestarted(container: string): boolean;
  /** Both run at some instant: each starts before the other exits. */
  runTogether(a: string, b: string): boolean;
}

export function clockOf(text: string, options: SimulateOptions = { k8sVersion: '1.36' }, then: 'shutdown' | 'deletion' = 'shutdown'): Clock {
  const simulation = simulate(podOf(text), options);
  const after = then === 'deletion' ? simulation.deletion : simulation.shutdown;
  if (!after) throw new Error('no deletion phase: the pod does not run to completion');
  // A termination counts from the deletion: the moment asked for, or the end of startup.
  const offset = after.kind === 'termination' && options.deletedAt !== undefined ? options.deletedAt : (simulation.startup.end ?? Infinity);
  const events = [...simulation.startup.events, ...after.events.map((e) => ({ ...e, at: e.at + offset }))];
  // Positions in the event list: at one instant, the order in which things happen (as the e2e tests read log lines).
  const isStart = (c: string) => (e: LifecycleEvent) => e.container === c && (e.kind === 'started' || e.kind === 'restarted');
  const isExit = (c: string) => (e: LifecycleEvent) => e.container === c && (e.kind === 'exited' || e.kind === 'SIGKILL');
  const startIndex = (c: string) => index(events.findIndex(isStart(c)));
  const exitIndex = (c: string) => index(events.findIndex(isExit(c)));
  /** Whether an event matching `is` comes after index `i`. */
  const later = (i: number | undefined, is: (e: LifecycleEvent) => boolean) => i !== undefined && events.some((e, j) => j > i && is(e));
  const at = (i: number | undefined) => (i === undefined ? undefined : events[i]?.at);
  return {
    simulation,
    events,
    at: (kind, c) => events.find((e) => e.kind === kind && e.container === c)?.at,
    killed: (c) => events.some((e) => e.kind === 'SIGKILL' && e.container === c),
    started: (c) => at(startIndex(c)),
    exited: (c) => at(exitIndex(c)),
    startsBefore: (a, b) => later(startIndex(a), isStart(b)),
    exitsBefore: (a, b) => later(exitIndex(a), isExit(b)),
    hasRestarted: (c) => events.filter(isStart(c)).length > 1,
    runTogether: (a, b) => {
      const [sa, sb] = [startIndex(a), startIndex(b)];
      return sa !== undefined && sb !== undefined && sa < (exitIndex(b) ?? Infinity) && sb < (exitIndex(a) ?? Infinity);
    },
  };
}

function index(i: number): number | undefined {
  return i < 0 ? undefined : i;
}
