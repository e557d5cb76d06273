import { describe, expect, test } from 'vitest';
import { CONTAINER_TEMPLATES, VOLUME_TEMPLATES } from '@podsmith/patterns';
import { layoutPod } from './layout';
import { centerOf } from './drop';
import { acceptsTemplate, templateDropEdit } from './templateDrop';
import { FULL_POD, podOf } from './testPods';

const pod = podOf(FULL_POD);
const graph = layoutPod(pod);
const center = (id: string) => centerOf(graph.nodes.find((n) => n.id === id)!);
const waitForDb = { kind: 'container', template: CONTAINER_TEMPLATES.find((t) => t.id === 'wait-for-database')! } as const;
const webApp = { kind: 'container', template: CONTAINER_TEMPLATES.find((t) => t.id === 'web-app')! } as const;
const secret = { kind: 'volume', template: VOLUME_TEMPLATES.find((t) => t.id === 'secret')! } as const;

describe('templateDropEdit', () => {
  test('adds a container to the lane under the drop, at the index of the drop', () => {
    const between = { x: (center('container:app').x + center('container:worker').x) / 2, y: center('container:app').y };
    expect(templateDropEdit(graph, pod, webApp, between)).toMatchObject({ kind: 'addContainer', lane: 'main', index: 1, container: { name: 'web' } });
  });

  test('a drop on the sidecar lane makes a native sidecar, whatever the template would prefer', () => {
    expect(templateDropEdit(graph, pod, waitForDb, { x: center('container:proxy').x - 100, y: center('container:proxy').y })).toMatchObject({
      kind: 'addContainer',
      lane: 'sidecar',
      index: 0,
    });
  });

  test('a volume anywhere in the pod is added; outside the pod nothing happens', () => {
    expect(templateDropEdit(graph, pod, secret, center('network'))).toMatchObject({ kind: 'addVolume', volume: { name: 'credentials' } });
    expect(templateDropEdit(graph, pod, secret, { x: -100, y: -100 })).toBeUndefined();
    expect(templateDropEdit(graph, pod, webApp, center('volume:logs'))).toBeUndefined();
  });

  test('acceptsTemplate agrees', () => {
    expect(acceptsTemplate(graph, 'container', center('container:app'))).toBe(true);
    expect(acceptsTemplate(graph, 'container', center('volume:logs'))).toBe(false);
    expect(acceptsTemplate(graph, 'volume', center('volume:logs'))).toBe(true);
  });
});
