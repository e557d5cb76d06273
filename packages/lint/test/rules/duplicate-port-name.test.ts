import { rule } from '../../src/rules/duplicate-port-name';
import { ruleTester, yaml } from '../ruleTester';

const pod = (init: string, a: string, b: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    initContainers: [{name: helper, image: registry.example.com/helper:1${init}, ports: [{name: ${a}, containerPort: 7000}]}]
    containers: [{name: app, image: registry.example.com/app:1, ports: [{name: ${b}, containerPort: 8080}]}]`;

ruleTester(rule, {
  valid: [
    { name: 'unique names', yaml: pod(', restartPolicy: Always', 'admin', 'http') },
    { name: 'a classic init container does not run with the app', yaml: pod('', 'http', 'http') },
  ],
  invalid: [
    {
      name: 'a sidecar and the app both name a port "http"',
      yaml: pod(', restartPolicy: Always', 'http', 'http'),
      errors: [{ path: 'spec.containers[0].ports[0].name', message: 'Port name "http" is declared by both "helper" and "app"' }],
    },
  ],
});
