import { rule } from '../../src/rules/proxy-not-native';
import { ruleTester, yaml } from '../ruleTester';

const pod = (containers: string, extra = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: api}
  spec:${extra}
    containers:
${containers}`;

ruleTester(rule, {
  valid: [
    {
      name: 'the proxy is a native sidecar',
      yaml: pod(`    - {name: api, image: registry.example.com/api:7}`, `
    initContainers:
    - {name: linkerd-proxy, image: cr.l5d.io/linkerd/proxy:stable-2.14.10, restartPolicy: Always}`),
    },
    { name: 'an Istio gateway is the workload', yaml: pod(`    - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, router]}`) },
    {
      name: 'Envoy next to its Contour control plane is the data plane',
      yaml: pod(`    - {name: contour, image: gcr.io/heptio-images/contour:v1.0, command: [contour, serve]}\n    - {name: envoy, image: docker.io/envoyproxy/envoy-alpine:v1.6.0}`),
    },
    { name: 'a proxy image alone', yaml: pod(`    - {name: pgbouncer, image: bitnami/pgbouncer:1.22.0}`) },
  ],
  invalid: [
    {
      name: 'legacy istio-proxy next to the app',
      yaml: pod(`    - {name: api, image: registry.example.com/api:7}\n    - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}`),
      errors: [{ path: 'spec.containers[1]', message: 'may open connections before the proxy is ready (connection refused)' }],
    },
    {
      name: 'holdApplicationUntilProxyStarts handles the start, not the stop',
      yaml: pod(`
    - name: istio-proxy
      image: docker.io/istio/proxyv2:1.22.3
      args: [proxy, sidecar]
      lifecycle: {postStart: {exec: {command: [pilot-agent, wait]}}}
    - {name: api, image: registry.example.com/api:7}`),
      errors: [{ path: 'spec.containers[0]', message: 'Its postStart hook holds the app until it is ready, and on shutdown' }],
    },
    {
      name: 'Cloud SQL Auth Proxy v1',
      yaml: pod(`    - {name: api, image: registry.example.com/api:7}\n    - {name: cloudsql, image: gcr.io/cloudsql-docker/gce-proxy:1.33.2}`),
      errors: [{ path: 'spec.containers[1]', message: 'is a database proxy (image cloudsql-docker/gce-proxy)' }],
    },
  ],
});
