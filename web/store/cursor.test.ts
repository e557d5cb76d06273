import { describe, expect, it } from 'vitest';
import { parseManifest, pathAt, projectPod } from '@podsmith/manifest';
import { pathOfSelection, sameSelection, selectionAtPath } from './cursor';

const TEXT = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: log
    image: fluent-bit
    restartPolicy: Always
  containers:
  - name: app
    image: nginx
    volumeMounts:
    - name: logs
      mountPath: /var/log
  volumes:
  - name: logs
    emptyDir: {}
`;
const parsed = parseManifest(TEXT);
const pod = projectPod(parsed, parsed.pods[0]!);

function selectionAt(needle: string) {
  const at = pathAt(parsed, TEXT.indexOf(needle));
  return at ? selectionAtPath(pod, at.documentIndex, at.path) : undefined;
}

describe('the cursor selects what it is in', () => {
  it('a container, a mount, a volume, or the pod', () => {
    expect(selectionAt('fluent-bit')).toEqual({ type: 'container', id: 'log' });
    expect(selectionAt('image: nginx')).toEqual({ type: 'container', id: 'app' });
    expect(selectionAt('/var/log')).toEqual({ type: 'mount', containerId: 'app', index: 0 });
    expect(selectionAt('emptyDir')).toEqual({ type: 'volume', name: 'logs' });
    expect(selectionAt('name: web')).toEqual({ type: 'pod' });
  });

  it('maps a selection back to the path the editor highlights', () => {
    expect(pathOfSelection(pod, { type: 'container', id: 'app' })).toEqual(['spec', 'containers', 0]);
    expect(pathOfSelection(pod, { type: 'mount', containerId: 'app', index: 0 })).toEqual(['spec', 'containers', 0, 'volumeMounts', 0]);
    expect(pathOfSelection(pod, { type: 'volume', name: 'logs' })).toEqual(['spec', 'volumes', 0]);
    expect(pathOfSelection(pod, { type: 'pod' })).toBeUndefined();
    expect(pathOfSelection(pod, { type: 'container', id: 'missing' })).toBeUndefined();
  });

  it('compares selections by value', () => {
    expect(sameSelection({ type: 'container', id: 'a' }, { type: 'container', id: 'a' })).toBe(true);
    expect(sameSelection({ type: 'container', id: 'a' }, { type: 'container', id: 'b' })).toBe(false);
    expect(sameSelection(undefined, { type: 'pod' })).toBe(false);
  });
});
