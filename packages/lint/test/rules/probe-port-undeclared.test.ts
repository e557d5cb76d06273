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
    { name: 'a number the container itself declares', yaml: pod(`[{containerPort: 8080}]`, `{httpGet: {port: 8080}}`) },
    { name: "Linkerd's admin port, served by the proxy", yaml: pod(`[]`, `{httpGet: {port: 4191, path: /ready}}`, `    - {name: linkerd-proxy, image: cr.l5d.io/linkerd/proxy:stable-2.14.10}`) },
    { name: "Istio's status port, served by the proxy", yaml: pod(`[]`, `{httpGet: {port: 15020, path: /app-health/app/livez}}`, `    - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}`) },
    { name: 'a probe of another host', yaml: pod(`[]`, `{httpGet: {host: example.com, port: 443}}`) },
    { name: 'an exec probe', yaml: pod(`[]`, `{exec: {command: ["true"]}}`) },
  ],
  invalid: [
    { name: 'a name the container does not declare', yaml: pod(`[{name: http, containerPort: 8080}]`, `{httpGet: {port: healthz}}`), errors: [{ path: 'spec.containers[0].livenessProbe.httpGet.port', message: '"app"\'s livenessProbe uses port name "healthz", which "app" does not declare: named probe ports resolve only against the container\'s own ports, so the probe always fails. Declare the name on "app"\'s ports, or use the number.' }] },
    { name: 'a number nobody declares (info: the probe works if the process listens there)', yaml: pod(`[{containerPort: 8080}]`, `{tcpSocket: {port: 8081}}`), errors: [{ path: 'spec.containers[0].livenessProbe.tcpSocket.port', message: '"app"\'s livenessProbe checks port 8081, which no container of the Pod declares: if "app" listens there the probe works; declare it in "app"\'s ports so Services and tools can find it by name.', severity: 'info' }] },
    {
      name: 'a number only another container declares: the probe checks that one',
      yaml: pod(`[]`, `{tcpSocket: {port: 9000}}`, `    - {name: b, image: registry.example.com/b:1, ports: [{containerPort: 9000}]}`),
      errors: [{ path: 'spec.containers[0].livenessProbe.tcpSocket.port', message: '"app"\'s livenessProbe checks port 9000, which "b" declares: the containers share one network namespace, so the probe checks "b" and restarts or holds back "app" for its health. Point the probe at a port "app" serves.' }],
    },
    { name: 'a UDP port probed over TCP', yaml: pod(`[{name: dns, containerPort: 53, protocol: UDP}]`, `{tcpSocket: {port: dns}}`), errors: [{ path: 'spec.containers[0].livenessProbe.tcpSocket.port', message: 'declared for UDP' }] },
    { name: 'a grpc probe on an undeclared port', yaml: pod(`[]`, `{grpc: {port: 9090}}`), errors: [{ path: 'spec.containers[0].livenessProbe.grpc.port', severity: 'info' }] },
  ],
});
