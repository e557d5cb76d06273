import { describe, expect, it } from 'vitest';
import { editDistance, suggestField } from '../../src/schema/suggest';

const CONTAINER = ['args', 'command', 'env', 'envFrom', 'image', 'imagePullPolicy', 'lifecycle', 'livenessProbe', 'name', 'ports', 'readinessProbe', 'resources', 'startupProbe', 'volumeMounts', 'workingDir'];

describe('suggestField', () => {
  it('finds the field a typo, a case slip or a missing plural was meant to be', () => {
    expect(suggestField('imagePullPolicyy', CONTAINER)).toBe('imagePullPolicy');
    expect(suggestField('livenessprobe', CONTAINER)).toBe('livenessProbe');
    expect(suggestField('volumeMount', CONTAINER)).toBe('volumeMounts');
    expect(suggestField('nmae', CONTAINER)).toBe('name');
    expect(suggestField('initContainer', ['containers', 'initContainers', 'volumes'])).toBe('initContainers');
  });

  it('suggests nothing when two fields are equally near, or nothing is near enough', () => {
    expect(suggestField('hostPIC', ['hostIPC', 'hostPID', 'hostNetwork'])).toBeUndefined();
    expect(suggestField('prt', ['containerPort', 'hostPort', 'name', 'protocol'])).toBeUndefined();
    expect(suggestField('runAsUser', CONTAINER)).toBeUndefined();
    // Short keys get one edit: `ag` is two away from `args`.
    expect(suggestField('ag', CONTAINER)).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
