import type { PodView } from '@podsmith/manifest';
import { FieldTable } from './FieldTable';
import { podMetadataBase, podSections, specBase } from './fields/pod';
import { unmodelledPaths } from './fields/more';
import { podSummary } from './model';
import { MoreInYaml } from './MoreInYaml';

/** The pod's parts the diagram draws: not "more fields", they have their own forms. */
const DRAWN = ['containers', 'initContainers', 'ephemeralContainers', 'volumes'];

/** Nothing selected: the pod-level fields. */
export function PodForm({ pod }: { readonly pod: PodView }) {
  const sections = podSections(pod);
  const spec = specBase(pod);
  const template = podMetadataBase(pod);
  const roots = template.length > 1 ? [['metadata'], template, spec] : [['metadata'], spec];
  const more = roots.flatMap((root) => unmodelledPaths(pod.workload.object, root, sections, DRAWN.map((key) => [...spec, key])));
  return (
    <>
      <h2>Pod</h2>
      <p className="inspector-summary">{podSummary(pod)}</p>
      <MoreInYaml pod={pod} base={[]} paths={more} />
      <FieldTable pod={pod} sections={sections} />
    </>
  );
}
