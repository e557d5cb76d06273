/**
 * What the target version changes in a pod's life, decided once per simulation, with the
 * notes that say so in words. Sources: [FG] SidecarContainers, PodLifecycleSleepAction,
 * ContainerRestartRules, ContainerStopSignals; [KEP753] [KEP3960] [KEP5307] [KEP4960].
 */
import type { PodModel } from '../pod/model';
import { recordOr, stringOr } from '../pod/plain';
import { atLeastVersion, FEATURE_SINCE, parseK8sVersion, type K8sVersion } from '../version';

export interface Features {
  readonly version: K8sVersion;
  /** SidecarContainers on (1.29+): restartPolicy: Always on an init container makes a native sidecar; else it is dropped. */
  readonly nativeSidecars: boolean;
  /** PodLifecycleSleepAction on (1.30+): the `sleep` hook action runs; else the API server drops it. */
  readonly sleepAction: boolean;
  /** ContainerRestartRules on (1.35+): a regular container's own restartPolicy and rules count. */
  readonly containerRestartRules: boolean;
  /** lifecycle.stopSignal is a known field (1.33+, alpha: honoured only where ContainerStopSignals is on). */
  readonly stopSignalField: boolean;
}

export function featuresAt(k8sVersion: string): Features {
  const version = parseK8sVersion(k8sVersion);
  const at = (since: K8sVersion) => atLeastVersion(version, since);
  return {
    version,
    nativeSidecars: at(FEATURE_SINCE.nativeSidecars),
    sleepAction: at(FEATURE_SINCE.sleepAction),
    containerRestartRules: at(FEATURE_SINCE.containerRestartRules),
    stopSignalField: at(FEATURE_SINCE.stopSignalField),
  };
}

/** The signal a container is stopped with when its lifecycle.stopSignal is set (KEP-4960), or undefined. */
export function stopSignalOf(spec: Readonly<Record<string, unknown>>, features: Features): string | undefined {
  return features.stopSignalField ? stringOr(recordOr(spec.lifecycle)?.stopSignal) : undefined;
}

/** The version facts that change this pod's life, in words. */
export function versionNotes(model: PodModel, features: Features): string[] {
  const { facts, pod } = model;
  const notes: string[] = [];
  const v = features.version;
  if (!features.nativeSidecars && facts.sidecars.length > 0) {
    const why = atLeastVersion(v, FEATURE_SINCE.restartPolicyField)
      ? `Kubernetes ${v} has native sidecars only behind the SidecarContainers feature gate, alpha and off by default`
      : `Kubernetes ${v} does not know restartPolicy on init containers`;
    notes.push(`${why}: the API server drops restartPolicy: Always, so each sidecar becomes a plain init container, and a sidecar never exits: the pod stays in Init. Native sidecars are on by default from 1.29 (KEP-753).`);
  }
  const hooks = pod.containers.map((c) => model.defaultsOf(c).lifecycle);
  if (!features.sleepAction && hooks.some((h) => h.preStop?.sleep || h.postStart?.sleep)) {
    notes.push(`The sleep hook action needs Kubernetes 1.30 (PodLifecycleSleepAction, beta and on by default; GA in 1.34, KEP-3960): on ${v} the API server drops it, so those hooks do nothing.`);
  }
  if (facts.mains.some((c) => c.spec.restartPolicy !== undefined || c.spec.restartPolicyRules !== undefined)) {
    notes.push(
      features.containerRestartRules
        ? 'A regular container\'s own restartPolicy (and restartPolicyRules) replaces the pod\'s for that container (ContainerRestartRules, beta from 1.35, KEP-5307). restartPolicy: Always on a regular container only restarts it: it is not a sidecar, it starts and stops with the other regular containers and still keeps a Job from completing.'
        : `restartPolicy on a regular container needs ContainerRestartRules (alpha and off in 1.34, beta from 1.35, KEP-5307): on ${v} the API server refuses it, so this simulation uses the pod's restartPolicy.`,
    );
  }
  if (features.stopSignalField && pod.containers.some((c) => stopSignalOf(c.spec, features))) {
    notes.push('lifecycle.stopSignal (KEP-4960) is alpha (ContainerStopSignals, off by default): where the gate is on, the named signal replaces SIGTERM; where it is off, the container gets its image\'s STOPSIGNAL, usually SIGTERM.');
  }
  return notes;
}
