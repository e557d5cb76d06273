/** A palette template dropped on the canvas, as an Edit. */
import type { Edit, PodView } from '@podsmith/manifest';
import type { DroppedTemplate } from '../palette/dnd';
import { addContainerEdit, addVolumeEdit } from '../palette/templateEdits';
import type { DiagramGraph } from './graph';
import { dropIndex, insidePod, laneAt, type Point } from './drop';

/**
 * A container template goes into the lane under the drop, at the index the drop's x
 * gives (the sidecar lane makes it a native sidecar); a volume template anywhere in the
 * pod adds the volume. Anywhere else: nothing.
 */
export function templateDropEdit(graph: DiagramGraph, pod: PodView, dropped: DroppedTemplate, point: Point): Edit | undefined {
  if (dropped.kind === 'volume') return insidePod(graph, point) ? addVolumeEdit(pod, dropped.template) : undefined;
  const lane = laneAt(graph, point);
  return lane && addContainerEdit(pod, dropped.template, lane, dropIndex(graph, lane, point.x));
}

/** Whether a drag of this kind of template may drop here: the browser shows it before the drop. */
export function acceptsTemplate(graph: DiagramGraph, kind: DroppedTemplate['kind'], point: Point): boolean {
  return kind === 'volume' ? insidePod(graph, point) : laneAt(graph, point) !== undefined;
}
