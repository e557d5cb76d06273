import { rule } from '../../src/rules/sidecar-named-port-unresolved';
import { ruleTester, yaml } from '../ruleTester';

const deployment = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: tls}
  spec:
    template:
      metadata: {labels: {app: tls}}
      spec:
        initContainers:
        - {name: envoy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always, ports: [{name: https, containerPort: 9443}]}
        containers:
        - {name: app, image: registry.example.com/app:1, ports: [{name: http, containerPort: 8080}]}
`;
const manifest = (other: string) => `${deployment}---\n${other}`;

const service = (targetPort: string, selector = '{app: tls}') => yaml`
  apiVersion: v1
  kind: Service
  metadata: {name: tls}
  spec:
    selector: ${selector}
    ports: [{name: https, port: 443, targetPort: ${targetPort}}]`;

ruleTester(rule, {
  valid: [
    { name: 'since 1.32 named sidecar ports resolve', k8sVersion: '1.32', yaml: manifest(service('https')) },
    { name: 'a numeric targetPort', k8sVersion: '1.31', yaml: manifest(service('9443')) },
    { name: 'a name a regular container declares', k8sVersion: '1.31', yaml: manifest(service('http')) },
    { name: 'a Service that selects other pods', k8sVersion: '1.31', yaml: manifest(service('https', '{app: other}')) },
  ],
  invalid: [
    {
      name: 'a Service targetPort naming a sidecar port, before 1.32',
      k8sVersion: '1.31',
      yaml: manifest(service('https')),
      errors: [{ path: 'spec.ports[0].targetPort', documentIndex: 1, message: 'the Service gets no endpoints for this port' }],
      fix: [{ kind: 'setDocumentField', documentIndex: 1, path: ['spec', 'ports', 0, 'targetPort'], value: 9443 }],
    },
    {
      name: 'a NetworkPolicy ingress port naming a sidecar port',
      k8sVersion: '1.30',
      yaml: manifest(yaml`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: allow-https}
        spec:
          podSelector: {matchLabels: {app: tls}}
          ingress: [{ports: [{port: https}]}]`),
      errors: [{ path: 'spec.ingress[0].ports[0].port', documentIndex: 1, message: 'the policy does not match this port' }],
      fix: [{ kind: 'setDocumentField', documentIndex: 1, path: ['spec', 'ingress', 0, 'ports', 0, 'port'], value: 9443 }],
    },
  ],
});
