/** Adding a template to a pod, as one Edit (one undo step). */
import type { Edit, Lane, PodView } from '@podsmith/manifest';
import { instantiateContainer, instantiateVolume, type ContainerTemplate, type VolumeTemplate } from '@podsmith/patterns';

/**
 * addContainer in `lane` at `index` (the end when undefined), preceded by addVolume for
 * each volume the template mounts and the pod lacks, so the new container never mounts
 * a volume that does not exist.
 */
export function addContainerEdit(pod: PodView, template: ContainerTemplate, lane: Lane, index?: number): Edit {
  const { container, volumes } = instantiateContainer(template, pod);
  const add: Edit = index === undefined ? { kind: 'addContainer', pod: pod.ref, lane, container } : { kind: 'addContainer', pod: pod.ref, lane, index, container };
  if (volumes.length === 0) return add;
  return { kind: 'batch', edits: [...volumes.map((volume): Edit => ({ kind: 'addVolume', pod: pod.ref, volume })), add] };
}

export function addVolumeEdit(pod: PodView, template: VolumeTemplate): Edit {
  return { kind: 'addVolume', pod: pod.ref, volume: instantiateVolume(template, pod) };
}
