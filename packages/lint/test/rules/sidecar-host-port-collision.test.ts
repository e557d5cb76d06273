import { rule } from '../../src/rules/sidecar-host-port-collision';
import { ruleTester, yaml } from '../ruleTester';

const pod = (sidecarPorts: string, appPorts: string, spec = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:${spec}
    initContainers:
    - {name: envoy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always, ports: ${sidecarPorts}}
    containers:
    - {name: app, image: registry.example.com/app:1, ports: ${appPorts}}`;

ruleTester(rule, {
  valid: [
    { name: 'different host ports', yaml: pod(`[{containerPort: 9090, hostPort: 9090}]`, `[{containerPort: 9091, hostPort: 9091}]`) },
    { name: 'different host IPs', yaml: pod(`[{containerPort: 9090, hostPort: 9090, hostIP: 10.0.0.1}]`, `[{containerPort: 9091, hostPort: 9090, hostIP: 10.0.0.2}]`) },
    { name: 'hostNetwork defaults hostPort to containerPort: port-collision covers equal ports', yaml: pod(`[{containerPort: 9090}]`, `[{containerPort: 9090}]`, '\n    hostNetwork: true') },
    {
      name: 'a classic init container really does run alone',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          initContainers: [{name: setup, image: busybox, ports: [{containerPort: 1, hostPort: 9090}]}]
          containers: [{name: app, image: registry.example.com/app:1, ports: [{containerPort: 2, hostPort: 9090}]}]`,
    },
  ],
  invalid: [
    {
      name: 'the sidecar and the app claim host port 9090',
      yaml: pod(`[{name: metrics, containerPort: 9090, hostPort: 9090}]`, `[{name: app-metrics, containerPort: 9091, hostPort: 9090}]`),
      errors: [{ path: 'spec.containers[0].ports[0].hostPort', message: 'spec.containers[0].ports[0].hostPort: host port "TCP//9090" is also used by "envoy" (spec.initContainers[0].ports[0])' }],
    },
  ],
});
