import { rule } from '../../src/rules/grace-period-exhausted';
import { ruleTester, yaml } from '../ruleTester';

const pod = (grace: number | undefined, preStop: string, sidecar = `    - {name: log-shipper, image: cr.fluentbit.io/fluent/fluent-bit:3.1.4, restartPolicy: Always}`) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: storefront}
  spec:${grace === undefined ? '' : `\n    terminationGracePeriodSeconds: ${grace}`}
    initContainers:
${sidecar}
    containers:
    - name: app
      image: registry.example.com/storefront:4
      lifecycle: {preStop: ${preStop}}`;

ruleTester(rule, {
  valid: [
    { name: 'the hook and the drain fit in the period', yaml: pod(30, `{sleep: {seconds: 10}}`) },
    { name: 'no sidecars: prestop-exceeds-grace-period covers a single budget', yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          containers: [{name: app, image: registry.example.com/app:1, lifecycle: {preStop: {sleep: {seconds: 29}}}}]` },
    { name: 'a sidecar whose drain time is unknown', yaml: pod(30, `{exec: {command: [sh, -c, "sleep 25"]}}`, `    - {name: helper, image: registry.example.com/helper:1, restartPolicy: Always}`) },
    { name: 'a hook longer than the period alone is reported elsewhere', yaml: pod(30, `{exec: {command: [sh, -c, "sleep 60"]}}`) },
  ],
  invalid: [
    {
      name: "the app's 25 s hook and Fluent Bit's 5 s grace use all 30 s",
      yaml: pod(30, `{exec: {command: [sh, -c, "sleep 25"]}}`),
      errors: [{ path: 'spec.containers[0].lifecycle.preStop', message: /takes 25 s.*"log-shipper": Fluent Bit's default Grace of 5 s\). That leaves no time/ }],
      fix: [{ kind: 'setPodField', pod: { documentIndex: 0, specPath: ['spec'] }, field: ['terminationGracePeriodSeconds'], value: 40 }],
    },
    {
      name: 'the default 30 s with an Istio proxy configured to drain 10 s',
      yaml: pod(undefined, `{sleep: {seconds: 22}}`, `    - name: istio-proxy
      image: docker.io/istio/proxyv2:1.22.3
      args: [proxy, sidecar]
      restartPolicy: Always
      env: [{name: TERMINATION_DRAIN_DURATION_SECONDS, value: "10"}]`),
      errors: [{ path: 'spec.containers[0].lifecycle.preStop', message: 'TERMINATION_DRAIN_DURATION_SECONDS=10' }],
    },
  ],
});
