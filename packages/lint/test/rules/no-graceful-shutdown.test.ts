import { rule } from '../../src/rules/no-graceful-shutdown';
import { ruleTester, yaml } from '../ruleTester';

const deployment = (container: string, pod = '') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      metadata: {labels: {app: web}}
      spec:${pod}
        containers:
        - name: web
          image: registry.example.com/web:1
          ports: [{name: http, containerPort: 8080}]
          ${container}`;

ruleTester(rule, {
  valid: [
    { name: 'a preStop sleep', yaml: deployment('lifecycle: {preStop: {sleep: {seconds: 5}}}') },
    { name: 'a preStop exec hook', yaml: deployment('lifecycle: {preStop: {exec: {command: [sleep, "5"]}}}') },
    { name: 'a grace period of 0 (zero-grace-period reports it)', yaml: deployment('', '\n        terminationGracePeriodSeconds: 0') },
    {
      name: 'a CronJob',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@hourly"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: work, image: registry.example.com/work:1, ports: [{containerPort: 8080}]}]`,
    },
    {
      name: 'an Istio gateway (its agent drains on SIGTERM)',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: gw}
        spec:
          template:
            spec:
              containers: [{name: istio-proxy, image: docker.io/istio/proxyv2:1.24.0, args: [proxy, router], ports: [{containerPort: 8080}]}]`,
    },
  ],
  invalid: [
    {
      name: 'a serving container without a preStop hook',
      yaml: deployment('', '\n        terminationGracePeriodSeconds: 45'),
      errors: [{ path: 'spec.template.spec.containers[0]', message: '"web" declares port 8080 (http) in a Deployment, so it is presumably behind a Service, and has no preStop hook: when the Pod is deleted it gets SIGTERM as its endpoint is removed, while kube-proxy and load balancers still send it new connections for a few seconds, which fail. Add lifecycle.preStop.sleep.seconds: 5, within the grace period of 45 s.' }],
    },
    {
      name: 'before the sleep action, an exec hook',
      yaml: deployment(''),
      k8sVersion: '1.29',
      errors: [{ path: 'spec.template.spec.containers[0]', message: 'Add a preStop exec hook running "sleep 5", within the grace period of 30 s.' }],
    },
  ],
});
