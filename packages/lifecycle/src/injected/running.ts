/**
 * The pod as it runs: the written containers and the injected ones, in the order the
 * kubelet receives them, as one PodView. Refs and start order (`ref.index`,
 * `initOrder`, `spec`) are those of the running pod, which is what the lifecycle reads;
 * a written container keeps its `path`, so what is said about it still points into the
 * text. Edits must be made from the written PodView, whose refs are the YAML's.
 */
import { laneOf, type ContainerList, type ContainerView, type PodView, type PortView } from '@podsmith/manifest';
import type { Entry, Ghost, RunningLists } from './types';

export function writtenLists(pod: PodView): RunningLists {
  const of = (list: ContainerList) => pod.containers.filter((c) => c.ref.list === list).map((written) => ({ written }));
  return { initContainers: of('initContainers'), containers: of('containers') };
}

export function runningPod(pod: PodView, lists: RunningLists): PodView {
  const views = (list: 'initContainers' | 'containers') => lists[list].map((entry, index) => viewOf(entry, list, index));
  const containers = [...views('initContainers'), ...views('containers'), ...pod.containers.filter((c) => c.ref.list === 'ephemeralContainers')];
  return {
    ...pod,
    containers,
    spec: {
      ...pod.spec,
      initContainers: containers.filter((c) => c.ref.list === 'initContainers').map((c) => c.spec),
      containers: containers.filter((c) => c.ref.list === 'containers').map((c) => c.spec),
    },
  };
}

function viewOf(entry: Entry, list: 'initContainers' | 'containers', index: number): ContainerView {
  const initOrder = list === 'initContainers' ? index + 1 : undefined;
  if ('written' in entry) {
    const c = entry.written;
    return c.ref.index === index && c.initOrder === initOrder ? c : { ...c, ref: { list, index }, initOrder };
  }
  return ghostView(entry.ghost, list, index, initOrder);
}

/**
 * An injected container has no node in the text: its path lies under the annotation that
 * causes it (`…annotations["sidecar.istio.io/inject"].istio-proxy`), unique per
 * container, never a range of the text.
 */
function ghostView(ghost: Ghost, list: 'initContainers' | 'containers', index: number, initOrder: number | undefined): ContainerView {
  const { spec, injection } = ghost;
  const name = spec.name ?? '';
  const path = [...injection.path, name];
  return {
    id: name,
    ref: { list, index },
    lane: laneOf(list, spec),
    initOrder,
    name,
    image: spec.image ?? '',
    command: spec.command ?? [],
    args: spec.args ?? [],
    ports: (spec.ports ?? []).map(
      (p, i): PortView => ({ index: i, name: p.name, containerPort: p.containerPort, hostPort: p.hostPort, protocol: p.protocol ?? 'TCP', path: [...path, 'ports', i] }),
    ),
    mounts: [],
    path,
    spec,
    injected: injection,
  };
}
