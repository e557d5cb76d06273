/**
 * Hand-written simulations for the timeline's tests: test data in the shape the
 * simulator returns (@podsmith/lifecycle's types), for the cases the timeline exists to
 * show. Imported by tests only.
 */
import type { Assumptions, LaneTrack, LifecycleEvent, Phase, Simulation, Span } from '@podsmith/lifecycle';
import type { Lane } from '@podsmith/manifest';

const span = (from: number, to: number | undefined, state: Span['state'], label?: string): Span => (label ? { from, to, state, label } : { from, to, state });
const track = (container: string, lane: Lane, spans: Span[]): LaneTrack => ({ container, lane, spans });
const waitingForever = (container: string, lane: Lane) => track(container, lane, [span(0, undefined, 'waiting')]);
const event = (at: number, kind: LifecycleEvent['kind'], text: string, container?: string): LifecycleEvent => (container ? { at, kind, text, container } : { at, kind, text });

const assumptions = (containers: string[], grace = 30): Assumptions => ({
  terminationGracePeriodSeconds: { seconds: grace, source: 'pod', why: `terminationGracePeriodSeconds: ${grace}` },
  containers: Object.fromEntries(
    containers.map((c) => [
      c,
      {
        startup: { seconds: 1, source: 'default', why: 'default: 1 s to start' },
        run: { seconds: 10, source: 'default', why: 'default: runs 10 s' },
        shutdown: { seconds: c === 'app' ? 5 : 1, source: 'default', why: 'default: exits within 1 s of SIGTERM' },
        exitCode: { count: 0, source: 'default', why: 'default: exits 0' },
        failures: { count: Infinity, source: 'default', why: 'default: every run goes the same way' },
      },
    ]),
  ),
});

/** The broken pod of the sketch: fluent-bit as a regular container stops before the app. */
export const LOG_SHIPPER_REGULAR: Simulation = {
  startup: {
    kind: 'startup',
    tracks: [
      track('app', 'main', [span(0, 1, 'starting'), span(1, 5, 'running'), span(5, 6, 'ready')]),
      track('fluent-bit', 'main', [span(0, 1, 'starting'), span(1, 6, 'running')]),
    ],
    events: [
      event(0, 'started', '"app" starts.', 'app'),
      event(0, 'started', '"fluent-bit" starts.', 'fluent-bit'),
      event(5, 'ready', '"app" is ready.', 'app'),
      event(5, 'pod-running', 'Every container runs: the pod is Running.'),
    ],
    end: 6,
  },
  shutdown: {
    kind: 'termination',
    tracks: [
      track('app', 'main', [span(0, 5, 'terminating', 'SIGTERM: finishing requests'), span(5, 30, 'exited', 'exit 0')]),
      track('fluent-bit', 'main', [span(0, 1, 'terminating', 'SIGTERM: flushing'), span(1, 30, 'exited', 'exit 0')]),
    ],
    events: [
      event(0, 'termination-begins', 'The pod is deleted: termination begins.'),
      event(0, 'SIGTERM', '"app" gets SIGTERM.', 'app'),
      event(0, 'SIGTERM', '"fluent-bit" gets SIGTERM: it stops reading its inputs and flushes.', 'fluent-bit'),
      event(1, 'exited', '"fluent-bit" exits.', 'fluent-bit'),
      event(5, 'exited', '"app" exits.', 'app'),
    ],
    end: 5,
    deadline: 30,
  },
  problems: [
    {
      kind: 'lost-logs',
      phase: 'termination',
      from: 1,
      to: 5,
      containers: ['fluent-bit', 'app'],
      rule: 'log-shipper-not-native',
      text: 'Lines "app" writes from 1 s to 5 s are lost: "fluent-bit" has stopped.',
    },
  ],
  assumptions: assumptions(['app', 'fluent-bit']),
  notes: [],
};

/** The fix: fluent-bit as a native sidecar starts first and stops after the app. */
export const LOG_SHIPPER_NATIVE: Simulation = {
  startup: {
    kind: 'startup',
    tracks: [
      track('fluent-bit', 'sidecar', [span(0, 1, 'starting'), span(1, 7, 'running', 'started')]),
      track('app', 'main', [span(0, 1, 'waiting'), span(1, 2, 'starting'), span(2, 6, 'running'), span(6, 7, 'ready')]),
    ],
    events: [
      event(0, 'started', '"fluent-bit" starts.', 'fluent-bit'),
      event(1, 'startupProbe-passes', '"fluent-bit" has started.', 'fluent-bit'),
      event(1, 'started', '"app" starts.', 'app'),
      event(6, 'ready', '"app" is ready.', 'app'),
      event(6, 'pod-running', 'Every container runs: the pod is Running.'),
    ],
    end: 7,
  },
  shutdown: {
    kind: 'termination',
    tracks: [
      track('fluent-bit', 'sidecar', [span(0, 5, 'running'), span(5, 6, 'terminating', 'flushing'), span(6, 30, 'exited', 'exit 0')]),
      track('app', 'main', [span(0, 5, 'terminating', 'SIGTERM'), span(5, 30, 'exited', 'exit 0')]),
    ],
    events: [
      event(0, 'termination-begins', 'The pod is deleted: termination begins.'),
      event(0, 'SIGTERM', '"app" gets SIGTERM.', 'app'),
      event(5, 'exited', '"app" exits.', 'app'),
      event(5, 'SIGTERM', '"fluent-bit" gets SIGTERM once the app has exited: it flushes.', 'fluent-bit'),
      event(6, 'exited', '"fluent-bit" exits.', 'fluent-bit'),
    ],
    end: 6,
    deadline: 30,
  },
  problems: [],
  assumptions: assumptions(['fluent-bit', 'app']),
  notes: [],
};

/** A Job whose helper is a regular container: it never completes. */
export const JOB_REGULAR_HELPER: Simulation = {
  startup: {
    kind: 'startup',
    tracks: [
      track('migrate', 'main', [span(0, 1, 'starting'), span(1, 1, 'running')]),
      track('sql-proxy', 'main', [span(0, 1, 'starting'), span(1, 1, 'running')]),
    ],
    events: [event(0, 'started', '"migrate" starts.', 'migrate'), event(0, 'started', '"sql-proxy" starts.', 'sql-proxy'), event(1, 'pod-running', 'The pod is Running.')],
    end: 1,
  },
  shutdown: {
    kind: 'completion',
    tracks: [
      track('migrate', 'main', [span(0, 10, 'running'), span(10, undefined, 'exited', 'exit 0')]),
      track('sql-proxy', 'main', [span(0, undefined, 'running')]),
    ],
    events: [event(10, 'exited', '"migrate" exits 0.', 'migrate')],
    end: undefined,
  },
  problems: [
    {
      kind: 'never-completes',
      phase: 'completion',
      from: 10,
      to: undefined,
      containers: ['sql-proxy', 'migrate'],
      rule: 'job-blocked-by-sidecar',
      text: '"sql-proxy" never exits: the pod never completes, and the Job never finishes.',
    },
  ],
  assumptions: assumptions(['migrate', 'sql-proxy']),
  notes: [],
};

/** An init container that never exits: the pod stays in Init:1/3. */
export const STUCK_IN_INIT: Simulation = {
  startup: {
    kind: 'startup',
    tracks: [
      waitingForever('app', 'main'),
      track('wait-for-db', 'init', [span(0, 2, 'running'), span(2, undefined, 'exited', 'exit 0')]),
      track('git-sync', 'init', [span(0, 2, 'waiting'), span(2, undefined, 'running')]),
      waitingForever('migrate', 'init'),
    ],
    events: [event(0, 'started', '"wait-for-db" starts.', 'wait-for-db'), event(2, 'exited', '"wait-for-db" exits 0.', 'wait-for-db'), event(2, 'started', '"git-sync" starts.', 'git-sync')],
    end: undefined,
  },
  shutdown: { kind: 'termination', tracks: [], events: [], end: 0, deadline: 30 },
  problems: [
    {
      kind: 'stuck-in-init',
      phase: 'startup',
      from: 2,
      to: undefined,
      containers: ['git-sync'],
      rule: 'init-never-exits',
      text: '"git-sync" never exits: the pod stays in Init:1/3 and "app" never starts.',
    },
  ],
  assumptions: assumptions(['wait-for-db', 'git-sync', 'migrate', 'app']),
  notes: [],
};

/** A preStop hook longer than the grace period: SIGKILL at the deadline. */
export const KILLED_AT_DEADLINE: Simulation = {
  startup: { kind: 'startup', tracks: [track('app', 'main', [span(0, 1, 'starting'), span(1, 2, 'running')])], events: [event(0, 'started', '"app" starts.', 'app')], end: 2 },
  shutdown: {
    kind: 'termination',
    tracks: [track('app', 'main', [span(0, 30, 'terminating', 'preStop sleep 40'), span(30, 32, 'killed')])],
    events: [
      event(0, 'termination-begins', 'The pod is deleted: termination begins.'),
      event(0, 'preStop-begins', '"app" runs its preStop hook (sleep 40).', 'app'),
      event(30, 'grace-period-deadline', 'The grace period (30 s) is over.'),
      event(30, 'SIGKILL', '"app" is killed.', 'app'),
    ],
    end: 30,
    deadline: 30,
  },
  problems: [
    { kind: 'killed-at-deadline', phase: 'termination', from: 30, to: 30, containers: ['app'], rule: 'prestop-exceeds-grace-period', text: '"app" is still in its preStop hook at the deadline: SIGKILL.' },
  ],
  assumptions: assumptions(['app']),
  notes: [],
};

/** A phase with one container, for scale tests. */
export function phaseOf(kind: Phase['kind'], spans: Span[], events: LifecycleEvent[], end: number | undefined, deadline?: number): Phase {
  return { kind, tracks: [track('app', 'main', spans)], events, end, ...(deadline === undefined ? {} : { deadline }) };
}
