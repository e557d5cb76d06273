import { rule } from '../../src/rules/sidecar-resources-summed';
import { ruleTester, yaml } from '../ruleTester';

const pod = (sidecar: string, app = `{requests: {cpu: 500m, memory: 256Mi}}`) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    initContainers:
    - {name: setup, image: busybox, resources: {requests: {cpu: "2", memory: 512Mi}}}
    - {name: proxy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always, resources: ${sidecar}}
    containers:
    - {name: app, image: registry.example.com/app:1, resources: ${app}}`;

ruleTester(rule, {
  valid: [
    { name: 'a small sidecar', yaml: pod(`{requests: {cpu: 100m, memory: 64Mi}}`) },
    { name: 'the app declares no requests: nothing to compare with', yaml: pod(`{requests: {cpu: "1", memory: 1Gi}}`, `{}`) },
  ],
  invalid: [
    {
      name: 'a sidecar bigger than the app (requests defaulted from limits count too)',
      yaml: pod(`{limits: {cpu: "1", memory: 512Mi}}`),
      errors: [
        { path: 'spec.initContainers[1].resources', message: /request 1 cpu of the Pod's 2 \(50%/ },
        { path: 'spec.initContainers[1].resources', message: /request 512Mi memory of the Pod's 768Mi \(67%/ },
      ],
    },
  ],
});
