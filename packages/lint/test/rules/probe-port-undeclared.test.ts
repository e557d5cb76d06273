import { rule } from '../../src/rules/probe-port-undeclared';
import { ruleTester, yaml } from '../ruleTester';

const pod = (ports: string, probe: string, extra = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    containers:
    - name: app
      image: registry.example.com/app:1
      ports: ${ports}
      livenessProbe: ${probe}
${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'a named port of the same container', yaml: pod(`[{name: http, containerPort: 8080}]`, `{httpGet: {port: http}}`) },
    { name: 'a number another container declares', yaml: pod(`[]`, `{tcpSocket: {port: 9000}}`, `    - {name: b, image: registry.example.com/b:1, ports: [{containerPort: 9000}]}`) },
    { name: "Istio's status port, served by the proxy", yaml: pod(`[]`, `{httpGet: {port: 15020, path: /app-health/app/livez}}`, `    - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}`) },
    { name: 'a probe of another host', yaml: pod(`[]`, `{httpGet: {host: example.com, port: 443}}`) },
    { name: 'an exec probe', yaml: pod(`[]`, `{exec: {command: ["true"]}}`) },
  ],
  invalid: [
    { name: 'a name the container does not declare', yaml: pod(`[{name: http, containerPort: 8080}]`, `{httpGet: {port: healthz}}`), errors: [{ path: 'spec.containers[0].livenessProbe.httpGet.port', message: 'uses port name "healthz", which "app" does not declare' }] },
    { name: 'a number nobody declares', yaml: pod(`[{containerPort: 8080}]`, `{tcpSocket: {port: 8081}}`), errors: [{ path: 'spec.containers[0].livenessProbe.tcpSocket.port', message: 'checks port 8081, which no container of the Pod declares' }] },
    { name: 'a UDP port probed over TCP', yaml: pod(`[{name: dns, containerPort: 53, protocol: UDP}]`, `{tcpSocket: {port: dns}}`), errors: [{ path: 'spec.containers[0].livenessProbe.tcpSocket.port', message: 'declared for UDP' }] },
    { name: 'a grpc probe on an undeclared port', yaml: pod(`[]`, `{grpc: {port: 9090}}`), errors: [{ path: 'spec.containers[0].livenessProbe.grpc.port' }] },
  ],
});
