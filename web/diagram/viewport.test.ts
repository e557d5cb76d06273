import { describe, expect, test } from 'vitest';
import { getViewportForBounds } from '@xyflow/react';
import { layoutPod, POD_NODE_ID } from './layout';
import { drawingBounds, viewportToShow } from './viewport';
import { FULL_POD, podOf } from './testPods';

const LIMITS = { minZoom: 0.2, maxZoom: 2, padding: 0.04 };
const PANE = { width: 900, height: 560 };

describe('drawingBounds', () => {
  test('is the pod frame when nothing sits outside it', () => {
    const graph = layoutPod(podOf(FULL_POD));
    const frame = graph.nodes.find((n) => n.id === POD_NODE_ID)!;
    expect(drawingBounds(graph)).toEqual({ x: 0, y: 0, width: frame.width, height: frame.height });
  });

  test('takes in the Secrets and ConfigMaps drawn outside the frame', () => {
    const withSecret = FULL_POD.replace('image: busybox:1.37.0', 'image: busybox:1.37.0\n        envFrom:\n        - secretRef:\n            name: db-credentials');
    const graph = layoutPod(podOf(withSecret));
    const frame = graph.nodes.find((n) => n.id === POD_NODE_ID)!;
    const reference = graph.nodes.find((n) => n.type === 'reference')!;
    const bounds = drawingBounds(graph);
    expect(bounds.x + bounds.width).toBe(Math.max(frame.width!, reference.position.x + reference.width!));
    expect(bounds.y + bounds.height).toBeGreaterThanOrEqual(frame.height!);
  });
});

describe('viewportToShow', () => {
  test('centres a pod that fits, as React Flow fitView does', () => {
    const bounds = { x: 0, y: 0, width: 1200, height: 700 };
    expect(viewportToShow(bounds, PANE, LIMITS)).toEqual(getViewportForBounds(bounds, PANE.width, PANE.height, LIMITS.minZoom, LIMITS.maxZoom, LIMITS.padding));
  });

  test('shows a pod too wide and too tall for the smallest zoom from its top-left corner, inside the margin', () => {
    const bounds = { x: 0, y: 0, width: 9000, height: 5000 };
    const view = viewportToShow(bounds, PANE, LIMITS);
    expect(view.zoom).toBe(LIMITS.minZoom);
    expect(view.x).toBeGreaterThan(0);
    expect(view.x).toBeLessThan(30);
    expect(view.y).toBeGreaterThan(0);
    expect(view.y).toBeLessThan(30);
  });

  test('starts only the side that overflows: a long, flat pod is centred vertically', () => {
    const bounds = { x: 0, y: 0, width: 9000, height: 1000 };
    const view = viewportToShow(bounds, PANE, LIMITS);
    expect(view.zoom).toBe(LIMITS.minZoom);
    expect(view.x).toBeLessThan(30);
    expect(view.y).toBeCloseTo(PANE.height / 2 - (1000 * LIMITS.minZoom) / 2);
  });

  test('a drawing that starts left of the origin starts at its own left edge', () => {
    const view = viewportToShow({ x: -500, y: 0, width: 9000, height: 5000 }, PANE, LIMITS);
    expect(view.x + -500 * view.zoom).toBeGreaterThan(0);
    expect(view.x + -500 * view.zoom).toBeLessThan(30);
  });
});
