import { rule } from '../../src/rules/duplicate-container-name';
import { ruleTester, yaml } from '../ruleTester';

const pod = (spec: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    ${spec}`;

ruleTester(rule, {
  valid: [{ name: 'distinct names across the lists', yaml: pod(`{initContainers: [{name: init, image: busybox}], containers: [{name: app, image: busybox}]}`) }],
  invalid: [
    {
      name: 'two regular containers',
      yaml: pod(`{containers: [{name: app, image: a}, {name: app, image: b}]}`),
      errors: [{ path: 'spec.containers[1].name', message: 'spec.containers[1].name: Duplicate value: "app"' }],
    },
    {
      name: 'an init container named like a regular container is the one reported',
      yaml: pod(`{initContainers: [{name: app, image: a}], containers: [{name: app, image: b}]}`),
      errors: [{ path: 'spec.initContainers[0].name', message: 'spec.initContainers[0].name: Duplicate value: "app"' }],
    },
    {
      name: 'an ephemeral container reusing a name',
      yaml: pod(`{containers: [{name: app, image: a}], ephemeralContainers: [{name: app, image: busybox}]}`),
      errors: [{ path: 'spec.ephemeralContainers[0].name', message: 'spec.ephemeralContainers[0].name: Duplicate value: "app"' }],
    },
    {
      name: 'in a Deployment template',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              initContainers: [{name: proxy, image: envoy, restartPolicy: Always}, {name: proxy, image: envoy}]
              containers: [{name: app, image: a}]`,
      errors: [{ path: 'spec.template.spec.initContainers[1].name', message: 'spec.template.spec.initContainers[1].name: Duplicate value: "proxy"' }],
    },
  ],
});
