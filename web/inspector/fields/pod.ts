/**
 * The pod's fields, as data: the object's name and namespace, the pod's labels and
 * annotations (the template's, in a workload), and the pod spec's own fields. The
 * containers and volumes are the diagram's; their forms are container.ts and volume.ts.
 */
import { valueAt, type PodView, type YamlPath } from '@podsmith/manifest';
import { fieldPath } from '@podsmith/lint/paths';
import { RESTART_POLICIES, restartPolicyError } from '../validate';
import { dnsLabelError, dnsSubdomainError } from './checks';
import { boolKind, FLAG, fieldsAt, intKind, selectKind, TEXT } from './kinds';
import type { FieldSpec, RowList, Section } from './model';

const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];
const OPERATORS = ['Equal', 'Exists'];
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** The pod spec's path from the workload object's root: `spec`, `spec.template.spec`, ... */
export function specBase(pod: PodView): YamlPath {
  return pod.ref.specPath.slice(pod.workload.path.length);
}

/** The pod's own metadata: the object's for a Pod, the template's in a workload. */
export function podMetadataBase(pod: PodView): YamlPath {
  return [...specBase(pod).slice(0, -1), 'metadata'];
}

function tolerationRow(base: YamlPath, index: number): FieldSpec[] {
  const item = [...base, 'tolerations', index];
  const at = fieldsAt(item);
  const label = (key: string) => `tolerations[${index}].${key}`;
  return [
    at.value(['key'], TEXT, { help: 'Toleration.key', label: label('key') }),
    at.value(['operator'], selectKind(OPERATORS, 'not set (Equal)'), { help: 'Toleration.operator', label: label('operator') }),
    at.value(['value'], TEXT, { help: 'Toleration.value', label: label('value') }),
    at.value(['effect'], selectKind(EFFECTS, 'not set (all effects)'), { help: 'Toleration.effect', label: label('effect') }),
    at.value(['tolerationSeconds'], intKind(0), { help: 'Toleration.tolerationSeconds', label: label('tolerationSeconds') }),
  ];
}

export function podSections(pod: PodView): Section[] {
  const spec = specBase(pod);
  const at = fieldsAt(spec);
  const meta = fieldsAt(['metadata']);
  const podMeta = fieldsAt(podMetadataBase(pod));
  const template = pod.workload.kind !== 'Pod';
  const tolerations = valueAt(pod.workload.object, [...spec, 'tolerations']);
  const tolerationRows: RowList = {
    path: [...spec, 'tolerations'],
    noun: 'toleration',
    added: { key: 'example.com/dedicated', operator: 'Exists', effect: 'NoSchedule' },
    rows: Array.from({ length: Array.isArray(tolerations) ? tolerations.length : 0 }, (_, i) => ({ title: `tolerations[${i}]`, fields: tolerationRow(spec, i) })),
  };
  const deadlinePath = fieldPath([...spec, 'activeDeadlineSeconds']);
  return [
    {
      title: 'Metadata',
      fields: [
        meta.value(['name'], TEXT, { help: 'ObjectMeta.name', label: 'metadata.name', validate: (t) => dnsSubdomainError(t, 'metadata.name') }),
        meta.value(['namespace'], TEXT, { help: 'ObjectMeta.namespace', label: 'metadata.namespace', validate: (t) => dnsLabelError(t, 'metadata.namespace') }),
        podMeta.map(['labels'], { help: 'ObjectMeta.labels', label: `${template ? 'pod template ' : ''}labels (key=value per line)` }),
        podMeta.map(['annotations'], { help: 'ObjectMeta.annotations', label: `${template ? 'pod template ' : ''}annotations (key=value per line)` }),
      ],
    },
    {
      title: 'Lifecycle',
      fields: [
        at.value(['restartPolicy'], selectKind(RESTART_POLICIES, 'not set (Always)'), { help: 'PodSpec.restartPolicy', validate: (t) => restartPolicyError(t, pod.workload.kind) }),
        at.value(['terminationGracePeriodSeconds'], intKind(0, '30 (default)'), { help: 'PodSpec.terminationGracePeriodSeconds' }),
        at.value(['activeDeadlineSeconds'], intKind(1, 'no deadline'), { help: 'PodSpec.activeDeadlineSeconds', apiPath: deadlinePath }),
        at.value(['priorityClassName'], TEXT, { help: 'PodSpec.priorityClassName', validate: (t) => dnsSubdomainError(t, fieldPath([...spec, 'priorityClassName']), false) }),
      ],
    },
    {
      title: 'Identity and network',
      fields: [
        at.value(['serviceAccountName'], TEXT, { help: 'PodSpec.serviceAccountName', validate: (t) => dnsSubdomainError(t, fieldPath([...spec, 'serviceAccountName']), false) }),
        at.value(['shareProcessNamespace'], boolKind('not set (false)'), { help: 'PodSpec.shareProcessNamespace' }),
        at.value(['hostNetwork'], FLAG, { help: 'PodSpec.hostNetwork' }),
        at.value(['dnsPolicy'], selectKind(DNS_POLICIES, 'not set (ClusterFirst)'), { help: 'PodSpec.dnsPolicy' }),
      ],
    },
    {
      title: 'Scheduling',
      fields: [at.map(['nodeSelector'], { help: 'PodSpec.nodeSelector' })],
      lists: [tolerationRows],
    },
  ];
}
