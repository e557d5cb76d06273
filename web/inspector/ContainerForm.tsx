import type { ContainerView, PodView } from '@podsmith/manifest';
import { FieldTable } from './FieldTable';
import { containerBase, containerSections } from './fields/container';
import { unmodelledPaths } from './fields/more';
import { laneLabel } from './model';
import { MoreInYaml } from './MoreInYaml';
import { MountsList } from './MountsList';
import { PortsTable } from './PortsTable';

export function ContainerForm({ pod, container }: { readonly pod: PodView; readonly container: ContainerView }) {
  const sections = containerSections(pod, container);
  const base = containerBase(pod, container);
  return (
    <>
      <h2>
        Container <span className="inspector-name">{container.name || '(unnamed)'}</span>
      </h2>
      <dl className="inspector-facts">
        <dt>Lane</dt>
        <dd>{laneLabel(container)}</dd>
      </dl>
      <MoreInYaml pod={pod} base={base} paths={unmodelledPaths(pod.workload.object, base, sections)} />
      <FieldTable
        pod={pod}
        sections={sections}
        custom={{ ports: <PortsTable pod={pod} container={container} />, mounts: <MountsList pod={pod} container={container} /> }}
      />
    </>
  );
}
