import { rule } from '../../src/rules/invalid-port-name';
import { ruleTester, yaml } from '../ruleTester';

const pod = (ports: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    containers: [{name: app, image: nginx, ports: ${ports}}]`;

ruleTester(rule, {
  valid: [
    { name: 'IANA service names', yaml: pod(`[{name: http, containerPort: 80}, {name: grpc-admin, containerPort: 9000}]`) },
    { name: 'the same name on two containers is another rule', yaml: yaml`{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: a, image: x, ports: [{name: http, containerPort: 80}]}, {name: b, image: x, ports: [{name: http, containerPort: 81}]}]}}` },
  ],
  invalid: [
    {
      name: 'longer than 15 characters',
      yaml: pod(`[{name: metrics-endpoint-1, containerPort: 9090}]`),
      errors: [{ path: 'spec.containers[0].ports[0].name', message: 'spec.containers[0].ports[0].name: Invalid value: "metrics-endpoint-1": must be no more than 15 characters' }],
    },
    {
      name: 'every broken rule is its own error',
      yaml: pod(`[{name: "-HTTP--", containerPort: 80}]`),
      errors: [
        { path: 'spec.containers[0].ports[0].name', message: 'Invalid value: "-HTTP--": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)' },
        { path: 'spec.containers[0].ports[0].name', message: 'must contain at least one letter (a-z)' },
        { path: 'spec.containers[0].ports[0].name', message: 'must not contain consecutive hyphens' },
        { path: 'spec.containers[0].ports[0].name', message: 'must not begin or end with a hyphen' },
      ],
    },
    {
      name: 'a name twice in one container',
      yaml: pod(`[{name: http, containerPort: 80}, {name: http, containerPort: 8080}]`),
      errors: [{ path: 'spec.containers[0].ports[1].name', message: 'spec.containers[0].ports[1].name: Duplicate value: "http"' }],
    },
  ],
});
