import { rule } from '../../src/rules/sidecar-without-startup-probe';
import { ruleTester, yaml } from '../ruleTester';

const pod = (init: string, app = `    - {name: app, image: registry.example.com/app:1}`) => yaml`
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
    {
      name: 'a proxy with a startupProbe',
      yaml: pod(`    - name: envoy
      image: envoyproxy/envoy:v1.31.0
      restartPolicy: Always
      startupProbe: {tcpSocket: {port: 9901}}`),
    },
    {
      name: 'a proxy with a postStart hook that waits (linkerd-await)',
      yaml: pod(`    - name: linkerd-proxy
      image: cr.l5d.io/linkerd/proxy:stable-2.14.10
      restartPolicy: Always
      lifecycle: {postStart: {exec: {command: [/usr/lib/linkerd/linkerd-await, --timeout=2m]}}}`),
    },
    { name: 'a log shipper nothing waits for', yaml: pod(`    - {name: fluent-bit, image: cr.fluentbit.io/fluent/fluent-bit:3.1.4, restartPolicy: Always}`) },
    { name: 'an unknown sidecar whose ports nobody uses', yaml: pod(`    - {name: helper, image: registry.example.com/helper:1, restartPolicy: Always, ports: [{containerPort: 7000}]}`) },
    { name: 'before 1.29 the rule does not apply', k8sVersion: '1.28', yaml: pod(`    - {name: envoy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always}`) },
  ],
  invalid: [
    {
      name: 'Envoy without a startup gate',
      yaml: pod(`    - name: envoy
      image: envoyproxy/envoy:v1.31.0
      restartPolicy: Always
      ports: [{name: admin, containerPort: 9901}]`),
      errors: [{ path: 'spec.initContainers[0]', message: '"app" starts right away, possibly before "envoy" can route traffic' }],
      fix: [{ kind: 'setContainerField', pod: { documentIndex: 0, specPath: ['spec'] }, container: { list: 'initContainers', index: 0 }, field: ['startupProbe'], value: { tcpSocket: { port: 9901 }, periodSeconds: 1, failureThreshold: 30 } }],
    },
    {
      name: 'an ambassador whose port the app uses on localhost',
      yaml: pod(
        `    - {name: ambassador, image: docker.io/alpine/socat:1.8.0.3, restartPolicy: Always, args: ["tcp-listen:5432,fork", "tcp-connect:db.example.com:5432"], ports: [{containerPort: 5432}]}`,
        `    - {name: app, image: registry.example.com/app:1, env: [{name: DATABASE_URL, value: "localhost:5432"}]}`,
      ),
      errors: [{ path: 'spec.initContainers[0]', message: 'listens on port 5432, which "app" uses on localhost' }],
    },
    {
      name: 'a Vault agent sidecar: no port, so no probe to suggest',
      yaml: pod(`    - {name: vault-agent, image: hashicorp/vault:1.15.2, restartPolicy: Always, args: [agent, -config=/vault/config.hcl]}`),
      errors: [{ path: 'spec.initContainers[0]', message: 'has fetched the secrets' }],
      fix: [],
    },
  ],
});
