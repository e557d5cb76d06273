import { describe, expect, test } from 'vitest';
import { parseManifest, projectPod } from '@podsmith/manifest';
import { layoutPod } from './layout';
import { deepEqual, shareGraph } from './share';

const pod = (image: string) => {
  const parsed = parseManifest(`kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: ${image}\n    ports: [{containerPort: 80}]\n  - name: b\n    image: b:1\n`);
  return projectPod(parsed, parsed.pods[0]!)!;
};

describe('shareGraph', () => {
  test('keeps the objects of what did not change, replaces what did', () => {
    const before = layoutPod(pod('a:1'));
    const after = shareGraph(before, layoutPod(pod('a:2')));
    const byId = (g: typeof before, name: string) => g.nodes.find((n) => n.type === 'container' && n.data.container.name === name)!;
    expect(byId(after, 'b')).toBe(byId(before, 'b'));
    expect(byId(after, 'a')).not.toBe(byId(before, 'a'));
    expect(after.edges.every((e, i) => e === before.edges[i])).toBe(true);
    // No edge changed: the very same array, so React Flow is not given new edges at all.
    expect(after.edges).toBe(before.edges);
    expect(after.nodes).not.toBe(before.nodes);
  });

  test('a graph that did not change at all keeps both arrays', () => {
    const before = layoutPod(pod('a:1'));
    const after = shareGraph(before, layoutPod(pod('a:1')));
    expect(after.nodes).toBe(before.nodes);
    expect(after.edges).toBe(before.edges);
  });

  test('deepEqual compares plain data by value', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1] }, { a: [1, 2] })).toBe(false);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(deepEqual({ b: 2, a: 1 }, { a: 1, b: 2 })).toBe(true);
    // Own properties only, as Object.keys reads them.
    expect(deepEqual(Object.assign(Object.create({ inherited: 1 }) as object, { a: 1 }), { a: 1 })).toBe(true);
  });
});
