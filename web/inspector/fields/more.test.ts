import { describe, expect, it } from 'vitest';
import { unmodelledPaths } from './more';
import { specBase } from './pod';
import { EVERY_FIELD_YAML } from './testManifest';
import { podOf, sectionsOf } from './testFields';

const DRAWN = ['containers', 'initContainers', 'volumes'];

describe('unmodelledPaths', () => {
  it('finds nothing in a pod the forms model entirely', () => {
    const pod = podOf(EVERY_FIELD_YAML);
    const spec = specBase(pod);
    expect(unmodelledPaths(pod.workload.object, spec, sectionsOf(pod, 'pod'), DRAWN.map((k) => [...spec, k]))).toEqual([]);
    expect(unmodelledPaths(pod.workload.object, ['spec', 'containers', 0], sectionsOf(pod, 'c:app'))).toEqual([]);
    expect(unmodelledPaths(pod.workload.object, ['spec', 'volumes', 7], sectionsOf(pod, 'v:csi-data'))).toEqual([]);
  });

  it('names the fields it does not model, outermost, also inside modelled ones', () => {
    const yaml = EVERY_FIELD_YAML.replace('        scheme: HTTP\n', '        scheme: HTTP\n        httpHeaders:\n        - name: X-Probe\n          value: "1"\n')
      .replace('    workingDir: /srv\n', '    workingDir: /srv\n    stdin: true\n    seccompProfileNote: x\n')
      .replace('  hostNetwork: true\n', '  hostNetwork: true\n  affinity:\n    nodeAffinity: {}\n');
    const pod = podOf(yaml);
    const app = ['spec', 'containers', 0];
    expect(unmodelledPaths(pod.workload.object, app, sectionsOf(pod, 'c:app'))).toEqual([
      [...app, 'stdin'],
      [...app, 'seccompProfileNote'],
      [...app, 'livenessProbe', 'httpGet', 'httpHeaders'],
    ]);
    const spec = specBase(pod);
    expect(unmodelledPaths(pod.workload.object, spec, sectionsOf(pod, 'pod'), DRAWN.map((k) => [...spec, k]))).toEqual([['spec', 'affinity']]);
  });
});
