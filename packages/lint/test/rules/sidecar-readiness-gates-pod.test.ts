import { rule } from '../../src/rules/sidecar-readiness-gates-pod';
import { ruleTester, yaml } from '../ruleTester';

const pod = (sidecar: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    initContainers:
${sidecar}
    containers:
    - {name: app, image: registry.example.com/app:1}`;

ruleTester(rule, {
  valid: [
    {
      name: 'a mesh proxy with a startupProbe: its readiness is about serving',
      yaml: pod(`    - name: istio-proxy
      image: docker.io/istio/proxyv2:1.22.3
      args: [proxy, sidecar]
      restartPolicy: Always
      startupProbe: {httpGet: {path: /healthz/ready, port: 15021}}
      readinessProbe: {httpGet: {path: /healthz/ready, port: 15021}}`),
    },
    { name: 'an unknown sidecar: its readiness may be intended', yaml: pod(`    - {name: helper, image: registry.example.com/helper:1, restartPolicy: Always, readinessProbe: {tcpSocket: {port: 80}}}`) },
    { name: 'no readinessProbe', yaml: pod(`    - {name: envoy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always}`) },
  ],
  invalid: [
    {
      name: 'a proxy whose readinessProbe looks meant to gate startup',
      yaml: pod(`    - {name: envoy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always, readinessProbe: {httpGet: {path: /ready, port: 9901}}}`),
      errors: [{ path: 'spec.initContainers[0].readinessProbe', message: 'it does not make the next container wait: add a startupProbe for that' }],
    },
    {
      name: 'a log shipper whose readiness would take the app out of service',
      yaml: pod(`    - name: fluent-bit
      image: cr.fluentbit.io/fluent/fluent-bit:3.1.4
      restartPolicy: Always
      startupProbe: {httpGet: {path: /api/v1/health, port: 2020}}
      readinessProbe: {httpGet: {path: /api/v1/health, port: 2020}}`),
      errors: [{ path: 'spec.initContainers[0].readinessProbe', message: 'is not on the request path' }],
    },
  ],
});
