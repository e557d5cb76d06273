import { rule } from '../../src/rules/invalid-port-number';
import { ruleTester, yaml } from '../ruleTester';

const deployment = (ports: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        containers: [{name: app, image: nginx, ports: ${ports}}]`;

ruleTester(rule, {
  valid: [{ name: 'ports in range, protocol defaulted or named', yaml: deployment(`[{containerPort: 80}, {containerPort: 65535, hostPort: 8080, protocol: UDP}]`) }],
  invalid: [
    {
      name: 'over 65535',
      yaml: deployment(`[{containerPort: 70000}]`),
      errors: [{ path: 'spec.template.spec.containers[0].ports[0].containerPort', message: 'spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive' }],
    },
    { name: 'no containerPort', yaml: deployment(`[{name: http}]`), errors: [{ path: 'spec.template.spec.containers[0].ports[0].containerPort', message: 'spec.template.spec.containers[0].ports[0].containerPort: Required value' }] },
    {
      name: 'a negative hostPort and a lowercase protocol',
      yaml: deployment(`[{containerPort: 80, hostPort: -1, protocol: tcp}]`),
      errors: [
        { path: 'spec.template.spec.containers[0].ports[0].hostPort', message: 'hostPort: Invalid value: -1: must be between 1 and 65535, inclusive' },
        { path: 'spec.template.spec.containers[0].ports[0].protocol', message: 'protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"' },
      ],
    },
  ],
});
