import { rule } from '../../src/rules/invalid-resources';
import { run, ruleTester, yaml } from '../ruleTester';
import { expect, it } from 'vitest';

const deployment = (resources: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        containers: [{name: app, image: nginx, resources: ${resources}}]`;

ruleTester(rule, {
  valid: [
    { name: 'requests at or below limits, in other units', yaml: deployment(`{requests: {cpu: 500m, memory: 1Gi}, limits: {cpu: "1", memory: 1024Mi}}`) },
    { name: 'a GPU limit alone (the request follows)', yaml: deployment(`{limits: {nvidia.com/gpu: 1}}`) },
  ],
  invalid: [
    {
      name: 'a request above its limit, printed canonically',
      yaml: deployment(`{requests: {cpu: "2"}, limits: {cpu: 1000m}}`),
      errors: [{ path: 'spec.template.spec.containers[0].resources.requests.cpu', message: 'spec.template.spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1' }],
    },
    {
      name: 'binary units are compared exactly',
      yaml: deployment(`{requests: {memory: 1.5Gi}, limits: {memory: 1Gi}}`),
      errors: [{ path: 'spec.template.spec.containers[0].resources.requests.memory', message: 'resources.requests: Invalid value: "1536Mi": must be less than or equal to memory limit of 1Gi' }],
    },
    {
      name: 'a negative limit',
      yaml: deployment(`{limits: {cpu: "-0.5"}}`),
      errors: [{ path: 'spec.template.spec.containers[0].resources.limits.cpu', message: 'spec.template.spec.containers[0].resources.limits[cpu]: Invalid value: "-500m": must be greater than or equal to 0' }],
    },
    {
      name: 'an extended resource whose request differs from its limit, or has none',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - {name: a, image: x, resources: {requests: {nvidia.com/gpu: 1}, limits: {nvidia.com/gpu: 2}}}
          - {name: b, image: x, resources: {requests: {example.com/dongle: 1}}}`,
      errors: [
        { path: 'spec.containers[0].resources.requests.nvidia.com/gpu', message: 'spec.containers[0].resources.requests: Invalid value: "1": must be equal to nvidia.com/gpu limit of 2' },
        { path: 'spec.containers[1].resources.requests.example.com/dongle', message: 'spec.containers[1].resources.limits: Required value: Limit must be set for non overcommitable resources' },
      ],
    },
    {
      name: 'hugepages without cpu or memory',
      yaml: deployment(`{limits: {hugepages-2Mi: 100Mi}}`),
      errors: [{ path: 'spec.template.spec.containers[0].resources', message: 'spec.template.spec.containers[0].resources: Forbidden: HugePages require cpu or memory' }],
    },
    {
      name: 'fractional bytes: an API warning',
      yaml: deployment(`{limits: {memory: 1.5}}`),
      errors: [{ path: 'spec.template.spec.containers[0].resources.limits.memory', message: 'spec.template.spec.containers[0].resources.limits[memory]: fractional byte value "1500m" is invalid, must be an integer', severity: 'warning' }],
    },
  ],
});

it('reports fractional bytes as a warning and the rest as errors', () => {
  const { findings } = run(rule, deployment(`{requests: {cpu: "3"}, limits: {cpu: "2", memory: 100m}}`));
  expect(findings.map((f) => [f.severity, f.message.split(': ')[1]])).toEqual([
    ['error', 'Invalid value'],
    ['warning', 'fractional byte value "100m" is invalid, must be an integer'],
  ]);
});
