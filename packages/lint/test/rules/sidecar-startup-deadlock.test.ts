import { rule } from '../../src/rules/sidecar-startup-deadlock';
import { ruleTester, yaml } from '../ruleTester';

const pod = (sidecar: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: knative}
  spec:
    initContainers:
    - name: queue-proxy
      image: registry.example.com/queue-proxy:1
      restartPolicy: Always
      ports: [{name: queue, containerPort: 8012}]
${sidecar}
    containers:
    - name: user-container
      image: registry.example.com/app:1
      ports: [{name: http, containerPort: 8080}]`;

ruleTester(rule, {
  valid: [
    { name: 'the sidecar probes its own port', yaml: pod(`      startupProbe: {tcpSocket: {port: 8012}}`) },
    { name: 'the sidecar probes its own port by name', yaml: pod(`      startupProbe: {httpGet: {port: queue, path: /ready}}`) },
    { name: 'an undeclared port may well be the sidecar\'s own (Istio probes 15021)', yaml: pod(`      startupProbe: {httpGet: {port: 15021, path: /healthz/ready}}`) },
    { name: 'a readinessProbe on the app port does not gate startup', yaml: pod(`      readinessProbe: {httpGet: {port: 8080}}`) },
    { name: 'a probe aimed at another host', yaml: pod(`      startupProbe: {tcpSocket: {port: 8080, host: upstream.example.com}}`) },
  ],
  invalid: [
    {
      name: "the startupProbe checks the app's port (Knative)",
      yaml: pod(`      startupProbe: {httpGet: {port: 8080, path: /}}`),
      errors: [{ path: 'spec.initContainers[0].startupProbe.httpGet.port', message: 'checks port 8080, which "user-container" serves' }],
    },
    {
      name: "a probe port name that only the app declares",
      yaml: pod(`      startupProbe: {tcpSocket: {port: http}}`),
      errors: [{ path: 'spec.initContainers[0].startupProbe.tcpSocket.port', message: '"user-container" declares it, but a probe\'s port name only refers to the probing container\'s own ports' }],
    },
    {
      name: 'a postStart hook that waits for the app',
      yaml: pod(`      lifecycle: {postStart: {exec: {command: [sh, -c, "until wget -qO- http://localhost:8080/; do sleep 1; done"]}}}`),
      errors: [{ path: 'spec.initContainers[0].lifecycle.postStart.exec', message: 'Init:0/1' }],
    },
  ],
});
