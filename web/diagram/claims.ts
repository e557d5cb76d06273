/**
 * A StatefulSet's volumeClaimTemplates: each gives every replica a PersistentVolumeClaim
 * that its containers mount by the template's name, without a `volumes` entry. They are
 * the StatefulSet's claims, not volumes missing from the pod.
 */
import { isRecord } from '@podsmith/lifecycle';
import type { PodView } from '@podsmith/manifest';

export interface ClaimTemplate {
  readonly name: string;
  /** `10Gi`, when the template requests storage. */
  readonly storage?: string;
}


export function claimTemplates(pod: PodView): ClaimTemplate[] {
  if (pod.workload.kind !== 'StatefulSet') return [];
  const spec = pod.workload.object.spec;
  const templates = isRecord(spec) && Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : [];
  return templates.flatMap((template: unknown) => {
    const metadata = isRecord(template) ? template.metadata : undefined;
    const name = isRecord(metadata) && typeof metadata.name === 'string' ? metadata.name : undefined;
    if (!name) return [];
    const requests = isRecord(template) && isRecord(template.spec) && isRecord(template.spec.resources) ? template.spec.resources.requests : undefined;
    const storage = isRecord(requests) && (typeof requests.storage === 'string' || typeof requests.storage === 'number') ? String(requests.storage) : undefined;
    return [storage === undefined ? { name } : { name, storage }];
  });
}
