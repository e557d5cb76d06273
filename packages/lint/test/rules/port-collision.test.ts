import { rule } from '../../src/rules/port-collision';
import { ruleTester, yaml } from '../ruleTester';

const pod = (init: string, app: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    initContainers:
${init}
    containers:
${app}`;

ruleTester(rule, {
  valid: [
    { name: 'a run-to-completion init container is gone before the app binds', yaml: pod(`    - {name: setup, image: busybox, ports: [{containerPort: 8080}]}`, `    - {name: app, image: registry.example.com/app:1, ports: [{containerPort: 8080}]}`) },
    { name: 'same number, different protocols', yaml: pod(`    - {name: dns, image: coredns/coredns:1.11.1, restartPolicy: Always, ports: [{containerPort: 53, protocol: UDP}]}`, `    - {name: app, image: registry.example.com/app:1, ports: [{containerPort: 53}]}`) },
    { name: 'one container declaring a port twice is not a second bind', yaml: pod(`    - {name: setup, image: busybox}`, `    - {name: app, image: registry.example.com/app:1, ports: [{containerPort: 80, name: http}, {containerPort: 80, name: web}]}`) },
  ],
  invalid: [
    {
      name: 'a native sidecar and the app bind the same port',
      yaml: pod(`    - {name: envoy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always, ports: [{name: http-local, containerPort: 8080}]}`, `    - {name: app, image: registry.example.com/app:1, ports: [{name: http, containerPort: 8080}, {containerPort: 8081}]}`),
      errors: [{ path: 'spec.containers[0].ports[0]', message: 'spec.containers[0].ports[0]: duplicate port definition with spec.initContainers[0].ports[0]: "app" and "envoy" both declare 8080/TCP' }],
      // Renumbering changes what a program listens on: no fix, a suggestion per container, the user picks.
      fix: [],
      suggestions: [
        { description: 'Change "envoy"\'s containerPort 8080 to 8082', edits: [{ kind: 'setContainerField', pod: { documentIndex: 0, specPath: ['spec'] }, container: { list: 'initContainers', index: 0 }, field: ['ports', 0, 'containerPort'], value: 8082 }] },
        { description: 'Change "app"\'s containerPort 8080 to 8082', edits: [{ kind: 'setContainerField', pod: { documentIndex: 0, specPath: ['spec'] }, container: { list: 'containers', index: 0 }, field: ['ports', 0, 'containerPort'], value: 8082 }] },
      ],
    },
    {
      name: 'two regular containers, one with a hostPort',
      yaml: pod(`    - {name: setup, image: busybox}`, `    - {name: a, image: registry.example.com/a:1, ports: [{containerPort: 9000}]}\n    - {name: b, image: registry.example.com/b:1, ports: [{containerPort: 9000, hostPort: 9000}]}`),
      errors: [{ path: 'spec.containers[1].ports[0]', message: 'overlapping port definition with spec.containers[0].ports[0]' }],
    },
  ],
});
