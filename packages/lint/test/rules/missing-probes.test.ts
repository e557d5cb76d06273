import { rule } from '../../src/rules/missing-probes';
import { ruleTester, yaml } from '../ruleTester';

const readiness = 'readinessProbe: {httpGet: {path: /ready, port: http}}';
const deployment = (container: string, kind = 'Deployment') => yaml`
  apiVersion: apps/v1
  kind: ${kind}
  metadata: {name: web}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata: {labels: {app: web}}
      spec:
        containers:
        - name: web
          image: registry.example.com/web:1
          ports: [{name: http, containerPort: 8080}]
          ${container}`;
const service = (selector: string, targetPort = 'http') => yaml`
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    selector: ${selector}
    ports: [{port: 80, targetPort: ${targetPort}}]`;
const barePod = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: web, labels: {app: web}}
  spec:
    containers:
    - name: web
      image: registry.example.com/web:1
      ports: [{name: http, containerPort: 8080}]
    - name: reload
      image: registry.example.com/config-reload:1
      ports: [{name: metrics, containerPort: 9533}]`;

ruleTester(rule, {
  valid: [
    { name: 'a readinessProbe', yaml: deployment(readiness) },
    { name: 'different liveness and readiness checks', yaml: deployment(`${readiness}\n          livenessProbe: {httpGet: {path: /healthz, port: http}, failureThreshold: 6}`) },
    {
      name: 'a Job',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: work, image: registry.example.com/work:1, ports: [{containerPort: 8080}]}]`,
    },
    { name: 'a bare Pod no Service selects', yaml: barePod },
    { name: 'a Deployment container without ports, and no Service', yaml: deployment('').replace('ports: [{name: http, containerPort: 8080}]', 'args: [work]') },
    { name: 'a port published on the node (hostPort), and no Service', yaml: deployment('').replace('containerPort: 8080}', 'containerPort: 8080, hostPort: 8080}') },
    { name: 'a Service that selects other Pods', yaml: barePod + service('{app: other}') },
    {
      name: 'a mesh proxy sidecar (a helper, not the app)',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              initContainers: [{name: envoy, image: envoyproxy/envoy:v1.31.2, restartPolicy: Always, ports: [{containerPort: 10000}]}]
              containers: [{name: web, image: registry.example.com/web:1, ${readiness}, ports: [{name: http, containerPort: 8080}]}]`,
    },
  ],
  invalid: [
    {
      name: 'a Deployment container that declares a port, without a readinessProbe',
      yaml: deployment(''),
      errors: [{ path: 'spec.template.spec.containers[0]', message: '"web" declares port 8080 (http) in a Deployment, so it is presumably behind a Service, but has no readinessProbe: it receives requests as soon as its process runs, before it can answer, and keeps receiving them while it is stuck. Add a readinessProbe that checks what it serves.' }],
    },
    { name: 'a StatefulSet too', yaml: deployment('', 'StatefulSet'), errors: [{ path: 'spec.template.spec.containers[0]', message: 'in a StatefulSet, so it is presumably behind a Service' }] },
    {
      name: "a bare Pod a Service selects: only the container whose port it targets",
      yaml: barePod + service('{app: web}'),
      errors: [{ path: 'spec.containers[0]', message: '"web" is behind Service "web", but has no readinessProbe' }],
    },
    {
      name: 'the same check for liveness and readiness',
      yaml: deployment(`${readiness}\n          livenessProbe: {httpGet: {path: /ready, port: http}}`),
      errors: [{ path: 'spec.template.spec.containers[0].livenessProbe', message: '"web"\'s livenessProbe is the same check as its readinessProbe: when it is only slow or waiting for a dependency, the kubelet restarts it instead of just taking it out of the Service. Give the livenessProbe a cheaper check or a larger failureThreshold.' }],
    },
  ],
});
