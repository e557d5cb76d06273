import { rule } from '../../src/rules/missing-resources';
import { ruleTester, yaml } from '../ruleTester';

const full = 'resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}';
const pod = (app: string, extra = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:${extra}
    containers:
    - name: app
      image: registry.example.com/app:1
      ${app}`;

ruleTester(rule, {
  valid: [
    { name: 'requests and a memory limit (no cpu limit needed)', yaml: pod(full) },
    { name: 'limits only: requests default to them', yaml: pod('resources: {limits: {cpu: 500m, memory: 256Mi}}') },
    { name: 'Pod-level resources', yaml: pod('args: [serve]', '\n    resources: {requests: {cpu: 500m, memory: 256Mi}, limits: {memory: 512Mi}}') },
    {
      name: 'a LimitRange in the same file supplies defaults',
      yaml: `${pod('args: [serve]')}---\napiVersion: v1\nkind: LimitRange\nmetadata: {name: defaults}\nspec:\n  limits: [{type: Container, default: {memory: 256Mi}, defaultRequest: {cpu: 100m, memory: 128Mi}}]\n`,
    },
    {
      name: 'an ephemeral container (resources are forbidden there)',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          containers: [{name: app, image: registry.example.com/app:1, ${full}}]
          ephemeralContainers: [{name: debug, image: busybox:1.37}]`,
    },
  ],
  invalid: [
    {
      name: 'no resources at all',
      yaml: pod('args: [serve]'),
      errors: [{ path: 'spec.containers[0]', message: '"app" has no cpu request, no memory request and no memory limit: the scheduler reserves nothing for what is not requested, so the node can be overcommitted and the Pod evicted early, and without a memory limit a leak can take the node\'s memory. Set resources.requests.cpu, resources.requests.memory and resources.limits.memory.' }],
    },
    {
      name: 'a cpu request only',
      yaml: pod('resources: {requests: {cpu: 100m}}'),
      errors: [{ path: 'spec.containers[0].resources', message: '"app" has no memory request and no memory limit:' }],
    },
    {
      name: 'an init container and a sidecar too',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          initContainers:
          - {name: fill, image: busybox:1.37, command: ["true"]}
          - {name: shipper, image: cr.fluentbit.io/fluent/fluent-bit:3.1.4, restartPolicy: Always, resources: {requests: {cpu: 50m, memory: 64Mi}}}
          containers: [{name: app, image: registry.example.com/app:1, ${full}}]`,
      errors: [
        { path: 'spec.initContainers[0]', message: '"fill" has no cpu request, no memory request and no memory limit' },
        { path: 'spec.initContainers[1].resources', message: '"shipper" has no memory limit: without a memory limit a leak can take the node\'s memory. Set resources.limits.memory.' },
      ],
    },
  ],
});
