import { rule } from '../../src/rules/log-shipper-not-native';
import { ruleTester, yaml } from '../ruleTester';

const deployment = (containers: string, initContainers = '') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:${initContainers}
        containers:
        - name: app
          image: registry.example.com/web:2.3.0
          volumeMounts: [{name: logs, mountPath: /var/log/app}]
${containers}
        volumes: [{name: logs, emptyDir: {}}]`;

ruleTester(rule, {
  valid: [
    {
      name: 'a native sidecar shipper',
      yaml: deployment('', `
        initContainers:
        - name: fluent-bit
          image: cr.fluentbit.io/fluent/fluent-bit:3.1.4
          restartPolicy: Always`),
    },
    { name: 'a shipper alone is a node agent, not a sidecar', yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: fluentd}
        spec:
          template:
            spec:
              containers: [{name: fluentd, image: fluent/fluentd-kubernetes-daemonset:v1}]` },
    {
      name: 'a web server serving files another container writes is not a shipper',
      yaml: deployment(`
        - name: nginx
          image: nginx:1.27
          volumeMounts: [{name: logs, mountPath: /usr/share/nginx/html, readOnly: true}]`),
    },
    {
      name: 'an unknown image with a name that sounds like a shipper',
      yaml: deployment(`
        - {name: log-shipper, image: registry.example.com/shipper:1}`),
    },
  ],
  invalid: [
    {
      name: 'before 1.29 the logs are lost all the same: the legacy pattern is the advice, and there is no quick fix',
      k8sVersion: '1.28',
      yaml: deployment(`\n        - {name: fluent-bit, image: cr.fluentbit.io/fluent/fluent-bit:3.1.4}`),
      errors: [
        {
          path: 'spec.template.spec.containers[1]',
          message:
            '"fluent-bit" is a log shipper (image fluent/fluent-bit) declared as a regular container. On shutdown it gets SIGTERM at the same time as "app", in no set order: it stops reading its inputs and may exit before the app has written and flushed its last lines, which are then lost. Native sidecars need Kubernetes 1.29+; on 1.28, give "fluent-bit" a preStop hook that waits until the app has exited (with shareProcessNamespace: true, `while pgrep <app>; do sleep 1; done`), so it reads until the last line, and a terminationGracePeriodSeconds that covers both.',
        },
      ],
      fix: [],
    },
    {
      name: 'Fluent Bit as a regular container',
      yaml: deployment(`
        - name: fluent-bit
          image: cr.fluentbit.io/fluent/fluent-bit:3.1.4
          ports: [{name: metrics, containerPort: 2020}]`),
      errors: [{ path: 'spec.template.spec.containers[1]', message: 'gets SIGTERM at the same time as "app"' }],
      fix: [
        {
          kind: 'setContainerField',
          pod: { documentIndex: 0, specPath: ['spec', 'template', 'spec'] },
          container: { list: 'containers', index: 1 },
          field: ['startupProbe'],
          value: { tcpSocket: { port: 2020 }, periodSeconds: 1, failureThreshold: 30 },
        },
        { kind: 'moveContainer', pod: { documentIndex: 0, specPath: ['spec', 'template', 'spec'] }, container: { list: 'containers', index: 1 }, lane: 'sidecar' },
      ],
    },
    {
      name: 'an unfamiliar image that tails the app\'s log files from a read-only mount',
      yaml: deployment(`
        - name: forwarder
          image: registry.example.com/forwarder:5
          args: [-i, tail, -p, "path=/logs/*.log", -o, stdout]
          volumeMounts: [{name: logs, mountPath: /logs, readOnly: true}]`),
      errors: [{ path: 'spec.template.spec.containers[1]', message: 'tails /logs/*.log in volume "logs" (mounted read-only), which "app" writes' }],
      fix: [{ kind: 'moveContainer', pod: { documentIndex: 0, specPath: ['spec', 'template', 'spec'] }, container: { list: 'containers', index: 1 }, lane: 'sidecar' }],
    },
    {
      name: 'busybox tail -F of a file the app writes (the Kubernetes docs\' legacy example)',
      yaml: deployment(`
        - name: streamer
          image: busybox:1.36
          command: [sh, -c, "tail -n+1 -F /var/log/app/app.log"]
          volumeMounts: [{name: logs, mountPath: /var/log/app}]`),
      errors: [{ path: 'spec.template.spec.containers[1]' }],
    },
  ],
});
