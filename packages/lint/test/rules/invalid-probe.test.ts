import { rule } from '../../src/rules/invalid-probe';
import { ruleTester, yaml } from '../ruleTester';

const deployment = (probes: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        containers: [{name: app, image: nginx, ${probes}}]`;

ruleTester(rule, {
  valid: [
    { name: 'probes with defaults', yaml: deployment(`livenessProbe: {httpGet: {port: 80}}, readinessProbe: {tcpSocket: {port: http}, successThreshold: 2}, startupProbe: {grpc: {port: 9000}}`) },
    { name: 'a regular init container is init-container-probes-or-hooks business', yaml: yaml`{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {initContainers: [{name: i, image: x, livenessProbe: {}}], containers: [{name: a, image: x}]}}` },
  ],
  invalid: [
    { name: 'no handler', yaml: deployment(`livenessProbe: {periodSeconds: 5}`), errors: [{ path: 'spec.template.spec.containers[0].livenessProbe', message: 'spec.template.spec.containers[0].livenessProbe: Required value: must specify a handler type' }] },
    {
      name: 'two handlers: the later one is refused, the first one checked',
      yaml: deployment(`readinessProbe: {httpGet: {port: 0}, exec: {command: [true]}}`),
      errors: [
        { path: 'spec.template.spec.containers[0].readinessProbe.httpGet', message: 'readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type' },
      ],
    },
    {
      name: 'a bad httpGet port, scheme and header',
      yaml: deployment(`livenessProbe: {httpGet: {port: 70000, scheme: http, httpHeaders: [{name: "X Bad", value: v}]}}`),
      errors: [
        { path: 'spec.template.spec.containers[0].livenessProbe.httpGet.port', message: 'livenessProbe.httpGet.port: Invalid value: 70000: must be between 1 and 65535, inclusive' },
        { path: 'spec.template.spec.containers[0].livenessProbe.httpGet.scheme', message: 'livenessProbe.httpGet.scheme: Unsupported value: "http": supported values: "HTTP", "HTTPS"' },
        { path: 'spec.template.spec.containers[0].livenessProbe.httpGet.httpHeaders', message: `httpHeaders: Invalid value: "X Bad": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')` },
      ],
    },
    {
      name: 'liveness successThreshold, negative timing, probe grace periods',
      yaml: deployment(`livenessProbe: {tcpSocket: {port: 80}, successThreshold: 2, timeoutSeconds: -1, terminationGracePeriodSeconds: 0}, readinessProbe: {tcpSocket: {port: 80}, terminationGracePeriodSeconds: 10}`),
      errors: [
        { path: 'spec.template.spec.containers[0].livenessProbe.successThreshold', message: 'livenessProbe.successThreshold: Invalid value: 2: must be 1' },
        { path: 'spec.template.spec.containers[0].livenessProbe.timeoutSeconds', message: 'livenessProbe.timeoutSeconds: Invalid value: -1: must be greater than or equal to 0' },
        { path: 'spec.template.spec.containers[0].livenessProbe.terminationGracePeriodSeconds', message: 'livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0' },
        { path: 'spec.template.spec.containers[0].readinessProbe.terminationGracePeriodSeconds', message: 'readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes' },
      ],
    },
    {
      name: 'a sidecar probe with a bad port name',
      yaml: yaml`{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {initContainers: [{name: s, image: x, restartPolicy: Always, startupProbe: {tcpSocket: {port: "8080"}}}], containers: [{name: a, image: x}]}}`,
      errors: [{ path: 'spec.initContainers[0].startupProbe.tcpSocket.port', message: 'spec.initContainers[0].startupProbe.tcpSocket.port: Invalid value: "8080": must contain at least one letter (a-z)' }],
    },
  ],
});
