import { rule } from '../../src/rules/invalid-lifecycle-hook';
import { ruleTester, yaml } from '../ruleTester';

const deployment = (lifecycle: string, grace = '') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:${grace}
        containers:
        - {name: web, image: nginx:1.27, lifecycle: ${lifecycle}}`;

ruleTester(rule, {
  valid: [
    { name: 'a sleep within the grace period', yaml: deployment(`{preStop: {sleep: {seconds: 30}}}`) },
    { name: 'zero sleep is allowed from 1.33', k8sVersion: '1.33', yaml: deployment(`{preStop: {sleep: {seconds: 0}}}`) },
    { name: 'one exec handler', yaml: deployment(`{postStart: {exec: {command: [sh, -c, "echo hi"]}}}`) },
    {
      name: 'a regular init container is reported by init-container-probes-or-hooks instead',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers: [{name: i, image: busybox, lifecycle: {preStop: {}}}]
          containers: [{name: c, image: busybox}]`,
    },
  ],
  invalid: [
    {
      name: 'a sleep longer than the grace period (1.34+ wording)',
      k8sVersion: '1.34',
      yaml: deployment(`{preStop: {sleep: {seconds: 45}}}`, '\n        terminationGracePeriodSeconds: 30'),
      errors: [{ path: 'spec.template.spec.containers[0].lifecycle.preStop.sleep', message: 'spec.template.spec.containers[0].lifecycle.preStop.sleep: Invalid value: 45: must be non-negative and less than terminationGracePeriodSeconds (30)' }],
    },
    {
      name: 'zero sleep before the gate was on',
      k8sVersion: '1.32',
      yaml: deployment(`{preStop: {sleep: {seconds: 0}}}`),
      errors: [{ path: 'spec.template.spec.containers[0].lifecycle.preStop.sleep', message: 'Invalid value: 0: must be greater than 0 and less than terminationGracePeriodSeconds (30). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.' }],
    },
    {
      name: 'a sleep-only hook on 1.29, where the sleep action is dropped',
      k8sVersion: '1.29',
      yaml: deployment(`{preStop: {sleep: {seconds: 5}}}`),
      errors: [{ path: 'spec.template.spec.containers[0].lifecycle.preStop', message: 'spec.template.spec.containers[0].lifecycle.preStop: Required value: must specify a handler type (the sleep action is on by default only from Kubernetes 1.30' }],
    },
    {
      name: 'no handler, two handlers, an exec without command',
      yaml: deployment(`{postStart: {}, preStop: {exec: {}, httpGet: {port: 80}}}`),
      errors: [
        { path: 'spec.template.spec.containers[0].lifecycle.postStart', message: 'postStart: Required value: must specify a handler type' },
        { path: 'spec.template.spec.containers[0].lifecycle.preStop.exec.command', message: 'preStop.exec.command: Required value' },
        { path: 'spec.template.spec.containers[0].lifecycle.preStop.httpGet', message: 'preStop.httpGet: Forbidden: may not specify more than 1 handler type' },
      ],
    },
  ],
});
