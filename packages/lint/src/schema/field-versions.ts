/**
 * When each field of the schema came to the API, and the fields that left it: the one
 * table behind "unknown at the target version". The schema (k8s-fields.json) describes
 * the newest API; a field added later than the target is unknown there, and the API
 * server's strict decoding rejects it (`unknown field "..."`). A field added as alpha is
 * known to the decoder from that release on, gate on or off (with the gate off it is
 * dropped, which other rules report), so `since` is the release that added the field.
 *
 * Keys are `<definition>.<field>` with the definition's short name (compact.ts). Fields
 * that are not here are as old as the oldest target (1.27). Sources: KEPs
 * (kubernetes/enhancements keps/<sig>/<number>-*, kep.yaml `milestone.alpha`) and the
 * feature-gate pages ([FG] in RULES.md), one per row.
 */
import { FEATURE_SINCE } from '../version';

/** A minor release, '1.NN'; it may be newer than the newest target (a field only on master). */
export type Release = `1.${number}`;

export interface FieldHistory {
  /** The first release whose API has the field. */
  readonly since?: Release;
  /** The first release whose API no longer has it (the field is then unknown). */
  readonly until?: Release;
  /** The feature gate it came with. */
  readonly gate?: string;
  readonly source: string;
}

export const FIELD_HISTORY: Readonly<Record<string, FieldHistory>> = {
  'core.v1.Container.restartPolicy': { since: FEATURE_SINCE.restartPolicyField, gate: 'SidecarContainers', source: 'KEP-753 (sidecar containers), alpha 1.28' },
  'core.v1.EphemeralContainer.restartPolicy': { since: FEATURE_SINCE.restartPolicyField, gate: 'SidecarContainers', source: 'KEP-753, alpha 1.28 (EphemeralContainerCommon mirrors Container)' },
  'core.v1.LifecycleHandler.sleep': { since: '1.29', gate: 'PodLifecycleSleepAction', source: 'KEP-3960 (pod lifecycle sleep action), alpha 1.29' },
  'core.v1.VolumeProjection.clusterTrustBundle': { since: '1.29', gate: 'ClusterTrustBundleProjection', source: 'KEP-3257 (cluster trust bundles), projection alpha 1.29' },
  'core.v1.PodAffinityTerm.matchLabelKeys': { since: '1.29', gate: 'MatchLabelKeysInPodAffinity', source: 'KEP-3633 (matchLabelKeys in pod affinity), alpha 1.29' },
  'core.v1.PodAffinityTerm.mismatchLabelKeys': { since: '1.29', gate: 'MatchLabelKeysInPodAffinity', source: 'KEP-3633, alpha 1.29' },
  'core.v1.PersistentVolumeClaimSpec.volumeAttributesClassName': { since: '1.29', gate: 'VolumeAttributesClass', source: 'KEP-3751 (VolumeAttributesClass), alpha 1.29' },
  'core.v1.VolumeMount.recursiveReadOnly': { since: '1.30', gate: 'RecursiveReadOnlyMounts', source: 'KEP-3857 (recursive read-only mounts), alpha 1.30' },
  'core.v1.SecurityContext.appArmorProfile': { since: '1.30', gate: 'AppArmorFields', source: 'KEP-24 (AppArmor), fields added in 1.30' },
  'core.v1.PodSecurityContext.appArmorProfile': { since: '1.30', gate: 'AppArmorFields', source: 'KEP-24 (AppArmor), fields added in 1.30' },
  'core.v1.ServiceSpec.trafficDistribution': { since: '1.30', gate: 'ServiceTrafficDistribution', source: 'KEP-4444 (traffic distribution), alpha 1.30' },
  'batch.v1.JobSpec.podReplacementPolicy': { since: '1.28', gate: 'JobPodReplacementPolicy', source: 'KEP-3939 (Job pod replacement policy), alpha 1.28' },
  'batch.v1.JobSpec.backoffLimitPerIndex': { since: '1.28', gate: 'JobBackoffLimitPerIndex', source: 'KEP-3850 (backoff limit per index), alpha 1.28' },
  'batch.v1.JobSpec.maxFailedIndexes': { since: '1.28', gate: 'JobBackoffLimitPerIndex', source: 'KEP-3850, alpha 1.28' },
  'batch.v1.JobSpec.successPolicy': { since: '1.30', gate: 'JobSuccessPolicy', source: 'KEP-3998 (Job success policy), alpha 1.30' },
  'batch.v1.JobSpec.managedBy': { since: '1.30', gate: 'JobManagedBy', source: 'KEP-4368 (Job managedBy), alpha 1.30' },
  'core.v1.Volume.image': { since: '1.31', gate: 'ImageVolume', source: 'KEP-4639 (OCI image volume source), alpha 1.31' },
  'core.v1.PodSecurityContext.supplementalGroupsPolicy': { since: '1.31', gate: 'SupplementalGroupsPolicy', source: 'KEP-3619 (fine-grained supplemental groups), alpha 1.31' },
  'core.v1.ResourceClaim.request': { since: '1.31', gate: 'DynamicResourceAllocation', source: 'KEP-4381 (DRA structured parameters), 1.31' },
  'core.v1.PodResourceClaim.resourceClaimName': { since: '1.31', gate: 'DynamicResourceAllocation', source: 'KEP-4381: 1.31 replaced PodResourceClaim.source by these two fields' },
  'core.v1.PodResourceClaim.resourceClaimTemplateName': { since: '1.31', gate: 'DynamicResourceAllocation', source: 'KEP-4381: 1.31 replaced PodResourceClaim.source by these two fields' },
  'core.v1.PodResourceClaim.source': { until: '1.31', gate: 'DynamicResourceAllocation', source: 'KEP-4381: removed in 1.31 (see resourceClaimName)' },
  'core.v1.PodSpec.resources': { since: '1.32', gate: 'PodLevelResources', source: 'KEP-2837 (pod-level resources), alpha 1.32' },
  'core.v1.PodSecurityContext.seLinuxChangePolicy': { since: '1.32', gate: 'SELinuxChangePolicy', source: 'KEP-1710 (SELinux relabelling with mount options), field alpha 1.32' },
  'core.v1.Lifecycle.stopSignal': { since: '1.33', gate: 'ContainerStopSignals', source: 'KEP-4960 (container stop signals), alpha 1.33' },
  'core.v1.Container.restartPolicyRules': { since: '1.34', gate: 'ContainerRestartRules', source: 'KEP-5307 (container restart rules), alpha 1.34' },
  'core.v1.EphemeralContainer.restartPolicyRules': { since: '1.34', gate: 'ContainerRestartRules', source: 'KEP-5307, alpha 1.34' },
  'core.v1.PodSpec.hostnameOverride': { since: '1.34', gate: 'HostnameOverride', source: 'KEP-4762 (arbitrary hostname), alpha 1.34' },
  'core.v1.EnvVarSource.fileKeyRef': { since: '1.34', gate: 'EnvFiles', source: 'KEP-3721 (environment variables from files), alpha 1.34' },
  'core.v1.VolumeProjection.podCertificate': { since: '1.34', gate: 'PodCertificateRequest', source: 'KEP-4317 (pod certificates), alpha 1.34' },
  'batch.v1.JobSpec.scheduling': { since: '1.37', gate: 'GenericWorkload', source: 'data/k8s-openapi/SOURCES.md: refers to scheduling/v1alpha3, first in 1.37' },
};

/** FIELD_HISTORY by definition, then field: the schema walk asks for every field it meets, and most definitions have none. */
const HISTORY_BY_DEFINITION: ReadonlyMap<string, ReadonlyMap<string, FieldHistory>> = (() => {
  const map = new Map<string, Map<string, FieldHistory>>();
  for (const [key, history] of Object.entries(FIELD_HISTORY)) {
    const at = key.lastIndexOf('.');
    const definition = key.slice(0, at);
    map.set(definition, (map.get(definition) ?? new Map<string, FieldHistory>()).set(key.slice(at + 1), history));
  }
  return map;
})();

/** The fields of a definition that the target release does not have yet, or no longer has; and the removed ones it still has. */
export function historyOf(definition: string, field: string): FieldHistory | undefined {
  return HISTORY_BY_DEFINITION.get(definition)?.get(field);
}

/** Whether a field with this history exists at the target minor release. */
export function existsAt(history: FieldHistory | undefined, minor: number): boolean {
  if (!history) return true;
  return (history.since === undefined || minorOf(history.since) <= minor) && (history.until === undefined || minor < minorOf(history.until));
}

export function minorOf(release: Release | string): number {
  return Number(release.slice(2));
}

/** Removed fields by definition: the walker treats them as free-form before their `until`. */
export const REMOVED_FIELDS: ReadonlyMap<string, readonly string[]> = new Map(
  [...HISTORY_BY_DEFINITION].flatMap(([definition, fields]) => {
    const removed = [...fields].filter(([, history]) => history.until !== undefined).map(([field]) => field);
    return removed.length > 0 ? [[definition, removed] as const] : [];
  }),
);
