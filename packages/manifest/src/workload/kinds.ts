/**
 * What each workload kind needs around its pod spec: its apiVersion, the levels of
 * workload fields above the template, and which restart policies its pods may have.
 * Data only; wrap.ts reads it.
 */
import type { WorkloadKind, YamlPath } from '../types';

export const API_VERSIONS: Readonly<Record<WorkloadKind, string>> = {
  Pod: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
};

/** A map of workload fields above the pod template, and the fields it may hold. */
export interface FieldLevel {
  readonly path: YamlPath;
  readonly fields: readonly string[];
}

const JOB_FIELDS = [
  'parallelism',
  'completions',
  'completionMode',
  'backoffLimit',
  'backoffLimitPerIndex',
  'maxFailedIndexes',
  'activeDeadlineSeconds',
  'ttlSecondsAfterFinished',
  'suspend',
  'podFailurePolicy',
  'successPolicy',
  'podReplacementPolicy',
];

/**
 * The fields carried over when a workload becomes another kind: only those both kinds
 * have with the same meaning (`updateStrategy` is not: a StatefulSet's and a
 * DaemonSet's differ). The selector, serviceName and schedule are set by wrap.ts.
 */
export const FIELD_LEVELS: Readonly<Record<WorkloadKind, readonly FieldLevel[]>> = {
  Pod: [],
  Deployment: [{ path: ['spec'], fields: ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds', 'paused', 'strategy'] }],
  StatefulSet: [
    {
      path: ['spec'],
      fields: ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'serviceName', 'podManagementPolicy', 'volumeClaimTemplates', 'persistentVolumeClaimRetentionPolicy', 'ordinals'],
    },
  ],
  DaemonSet: [{ path: ['spec'], fields: ['minReadySeconds', 'revisionHistoryLimit'] }],
  ReplicaSet: [{ path: ['spec'], fields: ['replicas', 'minReadySeconds'] }],
  Job: [{ path: ['spec'], fields: JOB_FIELDS }],
  CronJob: [
    { path: ['spec'], fields: ['schedule', 'timeZone', 'concurrencyPolicy', 'suspend', 'startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'] },
    { path: ['spec', 'jobTemplate', 'spec'], fields: JOB_FIELDS },
  ],
};

/** Kinds whose spec must hold a selector that matches the template's labels. */
export function needsSelector(kind: WorkloadKind): boolean {
  return kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet' || kind === 'ReplicaSet';
}

/** Kinds that run to completion: their pods restart Never or OnFailure, never Always. */
export function runsToCompletion(kind: WorkloadKind): boolean {
  return kind === 'Job' || kind === 'CronJob';
}

/** What a CronJob is given when it had no schedule: every hour, on the hour. */
export const DEFAULT_SCHEDULE = '0 * * * *';

/**
 * The pod spec's restartPolicy the kind accepts, given the current one: a Job's pods
 * restart Never unless they said OnFailure; the controllers that keep pods running
 * accept only Always, the default, so the key is dropped (undefined) rather than written.
 * Returns the current value when the kind accepts it.
 */
export function restartPolicyFor(kind: WorkloadKind, current: unknown): unknown {
  if (runsToCompletion(kind)) return current === 'Never' || current === 'OnFailure' ? current : 'Never';
  if (kind !== 'Pod' && current !== undefined && current !== 'Always') return undefined;
  return current;
}
