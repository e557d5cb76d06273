import { describe, expect, it } from 'vitest';
import { applyEdit, parseManifest } from '../src';

const TEXT = `apiVersion: v1
kind: Pod
metadata:
  name: merged
spec:
  containers:
  - &app
    name: app
    image: app:1
  - <<: *app
    name: worker
  volumes:
  - name: data
    emptyDir: {}
`;
const pod = parseManifest(TEXT).pods[0]!;
const mount = { name: 'data', mountPath: '/data', readOnly: false };

describe('an edit inside a node that aliases use', () => {
  it('is refused, with the reason: the change would reach the containers that merge it', () => {
    const result = applyEdit(TEXT, { kind: 'mountVolume', pod, container: { list: 'containers', index: 0 }, mount });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe('This part of the YAML is an anchor that other places use (*alias): the change would reach them too, so it was not applied. Edit it in the YAML.');
    expect(applyEdit(TEXT, { kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['image'], value: 'app:2' }).ok).toBe(false);
  });

  it('is applied when every alias overrides what it changes (the merging container has its own name)', () => {
    const result = applyEdit(TEXT, { kind: 'setContainerField', pod, container: { list: 'containers', index: 0 }, field: ['name'], value: 'web' });
    expect(result.ok && result.text).toBe(TEXT.replace('    name: app\n', '    name: web\n'));
  });

  it('is applied to the container that merges it, which alone gets the change', () => {
    const result = applyEdit(TEXT, { kind: 'mountVolume', pod, container: { list: 'containers', index: 1 }, mount });
    expect(result.ok).toBe(true);
    const spec = (parseManifest(result.ok ? result.text : '').documents[0]!.value as { spec: { containers: Record<string, unknown>[] } }).spec;
    expect(spec.containers.map((c) => c.volumeMounts)).toEqual([undefined, [{ name: 'data', mountPath: '/data' }]]);
  });
});
