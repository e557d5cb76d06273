import type { K8sContainer, PodView } from '@podsmith/manifest';
import { MAX_PORT_NAME, uniqueName } from './naming';
import type { ContainerTemplate, NamedVolume, VolumeTemplate } from './types';

/** What adding a container template to a pod means: the container, and the volumes it needs that the pod lacks. */
export interface ContainerInstance {
  readonly container: K8sContainer & { readonly name: string };
  readonly volumes: readonly NamedVolume[];
}

/**
 * The template's container, renamed when the pod already has a container of that name
 * (names are unique across init, regular and ephemeral containers). Volumes are shared
 * by name: when the pod already has `app-logs`, a log collector mounts that one, which
 * is the point of the pattern, and only missing volumes are returned to be added.
 * Port names the pod already uses are renamed too (`http-2`): a Service's named
 * targetPort must not be able to mean two containers. Everything is a fresh copy, so an
 * Edit never aliases the catalogue.
 */
export function instantiateContainer(template: ContainerTemplate, pod: PodView): ContainerInstance {
  const name = uniqueName(template.container.name, pod.containers.map((c) => c.name));
  const present = new Set(pod.volumes.map((v) => v.name));
  const copy = structuredClone(template.container);
  return {
    container: copy.ports ? { ...copy, name, ports: withFreePortNames(copy.ports, pod) } : { ...copy, name },
    volumes: template.volumes.filter((v) => !present.has(v.name)).map((v) => structuredClone(v)),
  };
}

/** The template's volume, renamed when the pod already has a volume of that name. */
export function instantiateVolume(template: VolumeTemplate, pod: PodView): NamedVolume {
  const name = uniqueName(template.volume.name, pod.volumes.map((v) => v.name));
  return { ...structuredClone(template.volume), name };
}

type Ports = NonNullable<K8sContainer['ports']>;

/** The ports, each named port renamed when another container of the pod (or an earlier port here) has that name. */
function withFreePortNames(ports: Ports, pod: PodView): Ports {
  const taken = new Set(pod.containers.flatMap((c) => c.ports.flatMap((p) => (p.name === undefined ? [] : [p.name]))));
  return ports.map((port) => {
    if (port.name === undefined) return port;
    const free = uniqueName(port.name, taken, MAX_PORT_NAME);
    taken.add(free);
    return free === port.name ? port : { ...port, name: free };
  });
}
