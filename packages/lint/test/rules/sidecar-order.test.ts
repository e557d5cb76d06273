import { rule } from '../../src/rules/sidecar-order';
import { ruleTester, yaml } from '../ruleTester';

const pod = (sidecars: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    initContainers:
    - {name: istio-init, image: docker.io/istio/proxyv2:1.22.3, args: [istio-iptables]}
${sidecars}
    containers:
    - {name: app, image: registry.example.com/app:1}`;

const proxy = `    - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar], restartPolicy: Always, ports: [{containerPort: 15090}]}`;
const shipper = `    - {name: fluent-bit, image: cr.fluentbit.io/fluent/fluent-bit:3.1.4, restartPolicy: Always}`;

ruleTester(rule, {
  valid: [
    { name: 'the proxy first, the shipper that sends through it after', yaml: pod(`${proxy}\n${shipper}`) },
    { name: 'an unknown sidecar before the proxy', yaml: pod(`    - {name: helper, image: registry.example.com/helper:1, restartPolicy: Always}\n${proxy}`) },
  ],
  invalid: [
    {
      name: 'a log shipper declared before the mesh proxy it sends through',
      yaml: pod(`${shipper}\n${proxy}`),
      errors: [{ path: 'spec.initContainers[2]', message: 'at shutdown "istio-proxy" stops first while "fluent-bit" still needs it' }],
      fix: [{ kind: 'moveContainer', pod: { documentIndex: 0, specPath: ['spec'] }, container: { list: 'initContainers', index: 2 }, lane: 'sidecar', index: 0 }],
    },
    {
      name: 'a secret agent of a custom image (it runs `vault agent`) declared before the mesh proxy, behind a Linkerd CNI validator',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          initContainers:
          - {name: linkerd-network-validator, image: cr.l5d.io/linkerd/proxy:edge-24.1.1, args: [/usr/lib/linkerd/linkerd2-network-validator]}
          - {name: secrets, image: registry.example.com/tools:1, command: [sh, -c, "exec vault agent -config=/etc/agent.hcl"], restartPolicy: Always}
          - {name: linkerd-proxy, image: cr.l5d.io/linkerd/proxy:edge-24.1.1, restartPolicy: Always}
          containers:
          - {name: app, image: registry.example.com/app:1}`,
      errors: [
        {
          path: 'spec.initContainers[2]',
          message:
            '"linkerd-proxy" is declared after the sidecar "secrets", which needs it: it talks to the network, and "linkerd-network-validator" has already redirected all traffic to the mesh proxy "linkerd-proxy". Sidecars start in declaration order and stop in reverse order, so "secrets" starts before "linkerd-proxy" is up, and at shutdown "linkerd-proxy" stops first while "secrets" still needs it. Declare "linkerd-proxy" before "secrets" in initContainers.',
        },
      ],
    },
    {
      name: "a sidecar that connects to a later sidecar's port",
      yaml: pod(`    - {name: exporter, image: registry.example.com/exporter:1, restartPolicy: Always, args: [--target=http://localhost:9000]}
    - {name: store, image: registry.example.com/store:1, restartPolicy: Always, ports: [{containerPort: 9000}]}`),
      errors: [{ path: 'spec.initContainers[2]', message: 'it connects to localhost:9000, which "store" serves' }],
    },
  ],
});
