import { rule } from '../../src/rules/host-network-port-mismatch';
import { ruleTester, yaml } from '../ruleTester';

const deployment = (hostNetwork: boolean, port: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        hostNetwork: ${hostNetwork}
        containers: [{name: app, image: nginx, ports: [${port}]}]`;

ruleTester(rule, {
  valid: [
    { name: 'no hostPort: it defaults to the containerPort', yaml: deployment(true, '{containerPort: 80}') },
    { name: 'equal ports', yaml: deployment(true, '{containerPort: 80, hostPort: 80}') },
    { name: 'a mapping without hostNetwork', yaml: deployment(false, '{containerPort: 80, hostPort: 8080}') },
  ],
  invalid: [
    {
      name: 'a different hostPort',
      yaml: deployment(true, '{containerPort: 80, hostPort: 8080}'),
      errors: [{ path: 'spec.template.spec.containers[0].ports[0].hostPort', message: 'spec.template.spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true' }],
    },
  ],
});
