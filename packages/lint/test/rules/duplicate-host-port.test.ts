import { rule } from '../../src/rules/duplicate-host-port';
import { ruleTester, yaml } from '../ruleTester';

const pod = (spec: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec: ${spec}`;

ruleTester(rule, {
  valid: [
    { name: 'different protocols', yaml: pod(`{containers: [{name: a, image: x, ports: [{containerPort: 53, hostPort: 53}]}, {name: b, image: x, ports: [{containerPort: 53, hostPort: 53, protocol: UDP}]}]}`) },
    { name: 'init containers run one after another', yaml: pod(`{initContainers: [{name: i, image: x, ports: [{containerPort: 80, hostPort: 80}]}], containers: [{name: a, image: x, ports: [{containerPort: 80, hostPort: 80}]}]}`) },
  ],
  invalid: [
    {
      name: 'two regular containers',
      yaml: pod(`{containers: [{name: a, image: x, ports: [{containerPort: 80, hostPort: 8080}]}, {name: b, image: x, ports: [{containerPort: 81, hostPort: 8080}]}]}`),
      errors: [{ path: 'spec.containers[1].ports[0].hostPort', message: 'spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"' }],
    },
    {
      name: 'hostNetwork defaults hostPort to containerPort, in a DaemonSet',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
              - {name: a, image: x, ports: [{containerPort: 9100}]}
              - {name: b, image: x, ports: [{containerPort: 9100}]}`,
      errors: [{ path: 'spec.template.spec.containers[1].ports[0].hostPort', message: 'spec.template.spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//9100"' }],
    },
  ],
});
