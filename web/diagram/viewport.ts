/**
 * Where the canvas looks when it shows the whole pod: on load, when the pod grows or
 * shrinks, when the canvas changes size, and on Fit View. A pod that fits is centred,
 * as React Flow's fitView centres it. A pod too large to fit even at the smallest zoom
 * (dozens of containers in a lane, a long column of volumes) is shown from its start
 * instead: the pod's title and each lane's first containers. Centred, such a pod showed
 * its middle, which is mostly edges and no node at all.
 */
import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';
import type { DiagramGraph } from './graph';

export interface ViewLimits {
  readonly minZoom: number;
  readonly maxZoom: number;
  /** The margin around the pod, as React Flow's numeric fitView padding. */
  readonly padding: number;
}

export interface PaneSize {
  readonly width: number;
  readonly height: number;
}

/** The rectangle the drawing covers: the pod frame and what sits outside it (reference nodes); the rest is inside the frame. */
export function drawingBounds(graph: DiagramGraph): Rect {
  const outer = graph.nodes.filter((node) => node.parentId === undefined);
  if (outer.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.min(...outer.map((n) => n.position.x));
  const top = Math.min(...outer.map((n) => n.position.y));
  const right = Math.max(...outer.map((n) => n.position.x + (n.width ?? 0)));
  const bottom = Math.max(...outer.map((n) => n.position.y + (n.height ?? 0)));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The viewport that shows `bounds` in a pane of `pane`: centred when it fits, from its start along a side where it does not. */
export function viewportToShow(bounds: Rect, pane: PaneSize, limits: ViewLimits): Viewport {
  const centred = getViewportForBounds(bounds, pane.width, pane.height, limits.minZoom, limits.maxZoom, limits.padding);
  const { zoom } = centred;
  // React Flow's own margin for a numeric padding, so both ways of showing the pod agree.
  const margin = (size: number) => Math.floor((size - size / (1 + limits.padding)) * 0.5);
  const overflows = (extent: number, size: number) => extent * zoom + 2 * margin(size) > size + 0.5;
  return {
    x: overflows(bounds.width, pane.width) ? margin(pane.width) - bounds.x * zoom : centred.x,
    y: overflows(bounds.height, pane.height) ? margin(pane.height) - bounds.y * zoom : centred.y,
    zoom,
  };
}
