/**
 * The vocabulary of a simulated pod life: what the simulator returns, as plain data the
 * linter, the timeline and the diagram read. Times are seconds from the start of their
 * phase: startup counts from the pod being scheduled, termination (or a Job's
 * completion) from the moment the pod is deleted (or, for a completion, from the moment
 * every container has started: the main containers then run their work and exit).
 */
import type { Lane } from '@podsmith/manifest';
import type { SameRun } from './pod/same-run';

/** What a container is doing during a span of time. Drawn as fills, and always also said in words. */
export type ContainerState =
  /** Declared, not started yet: waiting for the containers before it. */
  | 'waiting'
  /** Process started; its startupProbe or postStart hook has not succeeded yet. */
  | 'starting'
  /** Running (a native sidecar counts as started; a main container without readiness). */
  | 'running'
  /** Running and its readinessProbe passes. */
  | 'ready'
  /** Told to stop (preStop hook running, or SIGTERM received) and not yet gone. */
  | 'terminating'
  /** Exited by itself or after SIGTERM. */
  | 'exited'
  /** Killed with SIGKILL at the grace-period deadline. */
  | 'killed'
  /** Added: exited (or killed by a failing probe) and waiting out the kubelet's back-off before it is started again (CrashLoopBackOff). */
  | 'back-off';

export type PhaseKind = 'startup' | 'termination' | 'completion';

/** One state over [from, to); `to` undefined: it goes on for ever (a Job that never completes). */
export interface Span {
  readonly from: number;
  readonly to: number | undefined;
  readonly state: ContainerState;
  /** Words for the bar where there is room: `preStop sleep 5`, `flushing`, `exit 0`. */
  readonly label?: string;
}

/** One container over one phase. */
export interface LaneTrack {
  /** The container's id in the PodView (the name, as the diagram uses it). */
  readonly container: string;
  readonly lane: Lane;
  /** Added by an admission webhook (Istio, Linkerd, Vault): never in the YAML. */
  readonly injected?: string;
  readonly spans: readonly Span[];
}

export type EventKind =
  | 'created'
  | 'started'
  | 'postStart-begins'
  | 'postStart-ends'
  | 'startupProbe-passes'
  | 'ready'
  | 'exited'
  | 'termination-begins'
  | 'preStop-begins'
  | 'preStop-ends'
  | 'SIGTERM'
  | 'grace-period-deadline'
  | 'SIGKILL'
  | 'pod-completes'
  | 'pod-running'
  /** Added: the phase can go no further (an init container that never exits, a startup gate that never passes, a Job that never completes). */
  | 'stuck'
  /** Added: the kubelet starts a container again after it exited (or was killed by a failing probe), once its back-off is over. */
  | 'restarted'
  /** Added: a startupProbe or livenessProbe reaches its failureThreshold: the kubelet kills the container. */
  | 'probe-fails'
  /** Added: the pod is Failed (restartPolicy Never and a container that exits non-zero). */
  | 'pod-fails';

/** One thing that happens, in order, said in plain words (the list a screen reader reads). */
export interface LifecycleEvent {
  readonly at: number;
  readonly kind: EventKind;
  /** Undefined for pod-level events (termination begins, the deadline). */
  readonly container?: string;
  /** A sentence: `"fluent-bit" gets SIGTERM: it stops reading its inputs and flushes.` */
  readonly text: string;
}

export type ProblemKind =
  /** Log lines the app writes after the shipper stopped reading are never shipped. */
  | 'lost-logs'
  /** A Job's pod whose regular helper never exits: the Job never completes. */
  | 'never-completes'
  /** An init container that never exits: the pod shows `Init:x/y` for ever. */
  | 'stuck-in-init'
  /** A container starts before the sidecar it depends on is ready. */
  | 'starts-before-dependency'
  /** Still running at the grace-period deadline: SIGKILL. */
  | 'killed-at-deadline'
  /** A sidecar gone (its preStop made it exit) while the app still needs it. */
  | 'sidecar-gone-early'
  /** restartPolicy: Always on an init container dropped by an API server without native sidecars. */
  | 'sidecar-dropped'
  /** Added: a sidecar stopped (reverse declaration order) while a sidecar declared before it still needs it. */
  | 'stops-before-dependent'
  /** Added: restartPolicy Never and a container assumed to exit non-zero: the pod is Failed (an init container's failure: its main containers never start). */
  | 'pod-fails'
  /** Added: a container assumed to fail every time is restarted for ever (CrashLoopBackOff; an init container: the pod stays in Init:CrashLoopBackOff). */
  | 'crash-loop';

/** What goes wrong, where it happens on the timeline, linked to the lint rule that reports it. */
export interface Problem {
  readonly kind: ProblemKind;
  readonly phase: PhaseKind;
  readonly from: number;
  /** Undefined: for ever. */
  readonly to: number | undefined;
  /** Container ids involved, the one the problem is about first. */
  readonly containers: readonly string[];
  /**
   * The lint rule whose finding says the same: `log-shipper-not-native`. Undefined for a
   * problem that comes from an assumption (a container assumed to fail), which no rule can
   * see in the manifest.
   */
  readonly rule?: string;
  /** Plain words: `Lines "app" writes from 5 s to 8 s are lost: "fluent-bit" has stopped.` */
  readonly text: string;
}

export interface Phase {
  readonly kind: PhaseKind;
  readonly tracks: readonly LaneTrack[];
  /** In time order; ties keep the order in which they happen. */
  readonly events: readonly LifecycleEvent[];
  /** When the phase is over (every container running, or every container gone); undefined: never. */
  readonly end: number | undefined;
  /** The grace-period deadline (termination only). */
  readonly deadline?: number;
}

/** An assumption the simulation rests on, shown and editable in the timeline. */
export interface Assumption {
  /** `Infinity`: never, by itself (a daemon's `run`, a long-running pod's main container). */
  readonly seconds: number;
  /** Where the value came from: the pod (a probe's timing, a preStop sleep, the grace period) or a documented default. */
  readonly source: 'pod' | 'default' | 'user';
  /** Why this value: `startupProbe: initialDelaySeconds 5 + periodSeconds 10 × 1` or `default: 1 s to start`. */
  readonly why: string;
}

/** A number assumed that is not a duration: an exit code, how many runs fail. */
export interface CountAssumption {
  /** `Infinity`: every time. */
  readonly count: number;
  readonly source: 'pod' | 'default' | 'user';
  readonly why: string;
}

export interface ContainerAssumptions {
  /** From the process starting to its startupProbe (or postStart hook) passing. */
  readonly startup: Assumption;
  /** How long a run-to-completion container (init, or a Job's main container) runs before it exits 0. */
  readonly run: Assumption;
  /** From SIGTERM to the process exiting (the app finishing in-flight work, a shipper flushing). */
  readonly shutdown: Assumption;
  /** How long the preStop hook holds the container, when it has one. */
  readonly preStop?: Assumption;
  /** From the process starting to its livenessProbe failing failureThreshold times (the kubelet kills it then); Infinity: it passes. Only with a livenessProbe. */
  readonly liveness?: Assumption;
  /** The exit code of a run that ends by itself (after `run`). */
  readonly exitCode: CountAssumption;
  /**
   * How many runs go wrong before one goes as assumed: a run that ends by itself with
   * `exitCode` (any exit, for a sidecar or a long-running container), or that a failing
   * probe kills. Infinity: every run (each run runs the same command).
   */
  readonly failures: CountAssumption;
}

export interface Assumptions {
  readonly terminationGracePeriodSeconds: Assumption;
  /** By container id. */
  readonly containers: Readonly<Record<string, ContainerAssumptions>>;
}

/** The user's overrides, by container id and field: what the timeline's assumption inputs write. */
export interface AssumptionOverrides {
  readonly terminationGracePeriodSeconds?: number;
  readonly containers?: Readonly<Record<string, Partial<Record<keyof ContainerAssumptions, number>>>>;
}

export interface Simulation {
  readonly startup: Phase;
  /** Deletion of a long-running pod; for a pod that runs to completion, its completion. */
  readonly shutdown: Phase;
  /**
   * Added: for a pod that runs to completion, what happens when it is deleted while its
   * containers run (kubectl delete, the Job's activeDeadlineSeconds): the same termination
   * a long-running pod's `shutdown` shows. Undefined for long-running pods.
   */
  readonly deletion?: Phase;
  readonly problems: readonly Problem[];
  readonly assumptions: Assumptions;
  /** Facts about the version, in words: `Kubernetes 1.28 drops restartPolicy on init containers: ...`. */
  readonly notes: readonly string[];
}

/** What `simulate(pod, options)` takes besides the pod. */
export interface SimulateOptions {
  /** The target Kubernetes minor version, `'1.33'`: native sidecars, the sleep action, container restart rules depend on it. */
  readonly k8sVersion: string;
  /** The user's edits to the assumptions, shown in the timeline. */
  readonly overrides?: AssumptionOverrides;
  /**
   * When the pod is deleted, in seconds from its scheduling; by default once startup is
   * over. A moment during startup stops only what has started by then (the termination
   * phase then counts from that moment).
   */
  readonly deletedAt?: number;
  /** ConfigMaps of the same run (file, command line), whose mounted files the pod model reads; the linter passes the same. */
  readonly sameRun?: SameRun;
}
