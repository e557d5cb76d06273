import { rule } from '../../src/rules/legacy-ordering-workaround';
import { ruleTester, yaml } from '../ruleTester';

const job = (spec: string) => yaml`
  apiVersion: batch/v1
  kind: Job
  metadata: {name: migrate}
  spec:
    template:
      spec:
        restartPolicy: Never
${spec}`;

ruleTester(rule, {
  valid: [
    {
      name: 'a Deployment with a legacy proxy still needs its workaround',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            metadata:
              annotations: {proxy.istio.io/config: '{"holdApplicationUntilProxyStarts": true}'}
            spec:
              containers: [{name: web, image: nginx:1.27}]`,
    },
    {
      name: 'a preStop wait loop on a legacy sidecar is how it had to be done',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers:
              - {name: web, image: nginx:1.27}
              - {name: shipper, image: registry.example.com/shipper:1, lifecycle: {preStop: {exec: {command: [sh, -c, "while pgrep nginx; do sleep 1; done"]}}}}`,
    },
    { name: 'before 1.29 there is no native alternative', k8sVersion: '1.28', yaml: job(`        containers:\n        - {name: migrate, image: registry.example.com/migrate:1, command: [sh, -c, "migrate && curl -X POST localhost:15020/quitquitquit"]}`) },
  ],
  invalid: [
    {
      name: 'a Job whose app calls quitquitquit',
      yaml: job(`        containers:
        - {name: migrate, image: registry.example.com/migrate:1, command: [sh, -c, "migrate && curl -X POST localhost:15020/quitquitquit"]}
        - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}`),
      errors: [{ path: 'spec.template.spec.containers[0]', message: "it calls the proxy's /quitquitquit endpoint when it is done" }],
    },
    {
      name: 'pkill through a shared process namespace, and a preStop wait loop on a native sidecar',
      yaml: job(`        shareProcessNamespace: true
        initContainers:
        - name: shipper
          image: registry.example.com/shipper:1
          restartPolicy: Always
          lifecycle: {preStop: {exec: {command: [sh, -c, "while [ -e /proc/1 ] && pgrep migrate; do sleep 1; done"]}}}
        containers:
        - {name: migrate, image: registry.example.com/migrate:1, command: [sh, -c, "migrate; pkill shipper"]}`),
      errors: [
        { path: 'spec.template.spec.initContainers[0].lifecycle.preStop', message: 'its preStop hook loops until the app has gone' },
        { path: 'spec.template.spec.containers[0]', message: 'through the shared process namespace' },
      ],
    },
    {
      name: 'holdApplicationUntilProxyStarts with a native istio-proxy',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
          annotations: {proxy.istio.io/config: '{"holdApplicationUntilProxyStarts": true}'}
        spec:
          initContainers:
          - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar], restartPolicy: Always}
          containers: [{name: app, image: registry.example.com/app:1}]`,
      errors: [{ path: 'metadata.annotations.proxy.istio.io/config', message: 'the setting does nothing here' }],
    },
  ],
});
