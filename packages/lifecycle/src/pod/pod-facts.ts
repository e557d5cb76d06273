/**
 * Facts about a pod that the rules and the simulator share, computed once per pod (part
 * of the PodModel): which containers run side by side, which are helpers and which the
 * application, whether the pod runs to completion. Plus small helpers about ports,
 * probes and hooks, so readers do not each grow their own copy.
 */
import { Derived, type ContainerView, type PodView, type PortView } from '@podsmith/manifest';
import { executionOf, keepAliveReason, localhostPorts, scriptOf, straightSleepSeconds, type Execution } from './command';
import type { DefaultedContainer, DefaultedPod, DefaultedPort, Handler } from './defaults';
import { arrayOr, recordOr, type PlainRecord } from './plain';
import { HELPER_ROLES, roleNoun, type RoleInfo } from './roles';

export interface PodFacts {
  /** Regular init containers, in start order. */
  readonly inits: readonly ContainerView[];
  /** Native sidecars (initContainers with restartPolicy Always), in start order. */
  readonly sidecars: readonly ContainerView[];
  /** Regular containers. */
  readonly mains: readonly ContainerView[];
  /** Containers that run side by side once the pod has started: native sidecars and regular containers. */
  readonly concurrent: readonly ContainerView[];
  /** Regular containers that are the pod's application: not helpers. */
  readonly apps: readonly ContainerView[];
  /** True for Jobs, CronJobs and Pods whose restartPolicy is Never or OnFailure. */
  readonly runsToCompletion: boolean;
  /** Why a container is a long-running helper (a helper role, or a keep-alive command), or undefined. */
  helperReason(c: ContainerView): string | undefined;
}

export function podFacts(pod: PodView, roles: ReadonlyMap<ContainerView, RoleInfo>, defaulted: DefaultedPod, runOf: (c: ContainerView) => Execution): PodFacts {
  const helperReasons = new Map<ContainerView, string>();
  for (const c of pod.containers) {
    const role = roles.get(c);
    const keepAlive = keepAliveReason(runOf(c));
    const reason =
      role && HELPER_ROLES.has(role.role) && role.runsForever
        ? `it is a ${roleNoun(role.role)} (${role.reason}): ${role.runsForever}`
        : keepAlive && `its command only keeps it alive: ${keepAlive}`;
    if (reason) helperReasons.set(c, reason);
  }
  const mains = pod.containers.filter((c) => c.lane === 'main');
  const kind = pod.workload.kind;
  return {
    inits: pod.containers.filter((c) => c.lane === 'init'),
    sidecars: pod.containers.filter((c) => c.lane === 'sidecar'),
    mains,
    concurrent: pod.containers.filter(runsConcurrently),
    apps: mains.filter((c) => !helperReasons.has(c)),
    // Templates of long-running controllers must use Always; another value is an API error, not a batch workload.
    runsToCompletion: kind === 'Job' || kind === 'CronJob' || (kind === 'Pod' && defaulted.restartPolicy !== 'Always'),
    helperReason: (c) => helperReasons.get(c),
  };
}

/** Native sidecars and regular containers share the network namespace at the same time. */
export function runsConcurrently(c: ContainerView): boolean {
  return c.lane === 'main' || c.lane === 'sidecar';
}

/** `"name"` for messages; the list position when the name is missing. */
export function label(c: ContainerView): string {
  return c.name ? `"${c.name}"` : `${c.ref.list}[${c.ref.index}]`;
}

/** The key two binds of one network namespace collide on: protocol and port. */
export function portKey(port: Pick<PortView, 'protocol' | 'containerPort'>): string {
  return `${port.protocol}/${port.containerPort}`;
}

/** The key the API server uses for host ports (AccumulateUniqueHostPorts): `TCP//8080`. */
export function hostPortKey(port: DefaultedPort): string {
  return `${port.protocol}/${port.hostIP}/${port.hostPort}`;
}

/**
 * What holds the start of the next container until this one is ready: a startupProbe, or
 * a postStart hook (the kubelet waits for it to finish). Undefined when nothing does.
 */
export function startGate(dc: DefaultedContainer): 'startupProbe' | 'postStart' | undefined {
  if (dc.startupProbe) return 'startupProbe';
  if (dc.lifecycle.postStart) return 'postStart';
  return undefined;
}

/** The words of an exec handler's script (`sh -c '...'` unwrapped). */
export function execScript(h: Handler | undefined): string | undefined {
  return h?.exec ? scriptOf(h.exec.command) : undefined;
}

/**
 * How long a preStop hook holds the container, when it can be told: a sleep action's
 * seconds, or the literal sleeps of an exec script that runs straight through.
 */
export function preStopSeconds(dc: DefaultedContainer): number | undefined {
  const preStop = dc.lifecycle.preStop;
  if (preStop?.sleep?.seconds !== undefined) return preStop.sleep.seconds;
  return preStop?.exec ? straightSleepSeconds(executionOf(preStop.exec.command)) : undefined;
}

/** Every text of a container that may name a local address: command, args, env values. */
export function containerText(c: ContainerView, dc: DefaultedContainer): string {
  return [...c.command, ...c.args, ...dc.env.map((e) => e.value ?? '')].join('\n');
}

/** Per defaulted container: the hazards ask for every (sidecar, later container) pair, so scan each text once. */
const portsUsed = new Derived<DefaultedContainer, ReadonlySet<number>>('localhost ports used');

/** Ports a container connects to on localhost (`localhost:5432` in its env, args or command); `dc` is its defaulted twin. */
export function localPortsUsed(c: ContainerView, dc: DefaultedContainer): ReadonlySet<number> {
  let ports = portsUsed.get(dc);
  if (!ports) portsUsed.set(dc, (ports = new Set(localhostPorts(containerText(c, dc)))));
  return ports;
}

/** The numbers a container declares as containerPorts. */
export function declaredPorts(c: ContainerView): ReadonlySet<number> {
  return new Set(c.ports.flatMap((p) => (p.containerPort === undefined ? [] : [p.containerPort])));
}

/** The status a pod shows while init container `c` has not finished: `Init:1/3`. */
export function initStatus(pod: PodView, c: ContainerView): string {
  const total = pod.containers.filter((x) => x.ref.list === 'initContainers').length;
  return `Init:${c.ref.index}/${total}`;
}

/** Containers as a readable list: `"app"`, `"app" and "worker"`, `"a", "b" and "c"`. */
export function labels(containers: readonly ContainerView[]): string {
  const all = containers.map(label);
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

/** Containers that start after `c`: later init containers (sidecars included) and all regular containers. */
export function startsAfter(pod: PodView, c: ContainerView): readonly ContainerView[] {
  if (c.ref.list !== 'initContainers') return [];
  return pod.containers.filter((x) => x.lane === 'main' || (x.ref.list === 'initContainers' && x.ref.index > c.ref.index));
}

/** A volume mount exactly as written (subPath and subPathExpr apart, propagation, recursiveReadOnly). */
export function mountSpec(c: ContainerView, index: number): PlainRecord {
  return recordOr(arrayOr(c.spec.volumeMounts)[index]) ?? {};
}
