import { describe, expect, test } from 'vitest';
import { CONTAINER_TEMPLATE_MIME, VOLUME_TEMPLATE_MIME, draggedTemplateKind, droppedTemplate, startTemplateDrag } from './dnd';

/** Just enough of DataTransfer for the payload's round trip. */
function fakeDataTransfer() {
  const data = new Map<string, string>();
  return {
    effectAllowed: 'uninitialized' as DataTransfer['effectAllowed'],
    setData: (type: string, value: string) => void data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    get types() {
      return [...data.keys()];
    },
  };
}

describe('template drag payload', () => {
  test('a container template survives the round trip', () => {
    const dt = fakeDataTransfer();
    startTemplateDrag(dt, 'container', 'log-collector');
    expect(dt.effectAllowed).toBe('copy');
    expect(draggedTemplateKind(dt.types)).toBe('container');
    expect(droppedTemplate(dt)).toMatchObject({ kind: 'container', template: { id: 'log-collector', lane: 'sidecar' } });
  });

  test('a volume template survives the round trip', () => {
    const dt = fakeDataTransfer();
    startTemplateDrag(dt, 'volume', 'secret');
    expect(dt.types).toEqual([VOLUME_TEMPLATE_MIME]);
    expect(droppedTemplate(dt)).toMatchObject({ kind: 'volume', template: { id: 'secret' } });
  });

  test('anything else is not a template', () => {
    const dt = fakeDataTransfer();
    dt.setData('text/plain', 'hello');
    expect(draggedTemplateKind(dt.types)).toBeUndefined();
    expect(droppedTemplate(dt)).toBeUndefined();
    dt.setData(CONTAINER_TEMPLATE_MIME, 'no-such-template');
    expect(droppedTemplate(dt)).toBeUndefined();
  });
});
