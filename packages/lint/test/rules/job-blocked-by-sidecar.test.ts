import { rule } from '../../src/rules/job-blocked-by-sidecar';
import { ruleTester, yaml } from '../ruleTester';

const job = (containers: string, extra = '') => yaml`
  apiVersion: batch/v1
  kind: Job
  metadata: {name: migrate}
  spec:
    template:
      spec:
        restartPolicy: Never${extra}
        containers:
${containers}`;

const migrate = `
        - name: migrate
          image: registry.example.com/migrate:1.0
          command: [/bin/migrate, up]`;

/** The app kills its Cloud SQL proxy through the shared process namespace when it is done (restartPolicy Never). */
const pkillJob = job(
  `
        - name: migrate
          image: registry.example.com/migrate:1.0
          command: [sh, -c, "/bin/migrate up; pkill cloud-sql-proxy"]
        - {name: cloud-sql-proxy, image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0, args: [p:r:i]}`,
  `\n        shareProcessNamespace: true`,
);

ruleTester(rule, {
  valid: [
    {
      name: 'the helper is a native sidecar',
      yaml: job(migrate, `
        initContainers:
        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
          restartPolicy: Always`),
    },
    {
      name: 'a Deployment runs for ever anyway',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers:
              - {name: web, image: nginx:1.27}
              - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}`,
    },
    {
      name: 'a Deployment template with restartPolicy Never is an API error, not a batch workload',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
              - {name: web, image: nginx:1.27}
              - {name: debug, image: busybox, command: [sleep, infinity]}`,
    },
    { name: 'a single keep-alive container is the app itself', yaml: job(`\n        - {name: idle, image: busybox, command: [tail, -f, /dev/null]}`) },
    { name: 'git-sync with --one-time exits', yaml: job(`${migrate}\n        - {name: git-sync, image: registry.k8s.io/git-sync/git-sync:v4.2.4, args: [--repo=https://example.com/r, --one-time]}`) },
    {
      name: 'the app stops the proxy itself (reported as a legacy workaround instead)',
      yaml: job(`
        - name: migrate
          image: registry.example.com/migrate:1.0
          command: [sh, -c, "/bin/migrate up; curl -fsX POST localhost:15020/quitquitquit"]
        - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}`),
    },
    {
      name: 'a helper killed with pkill under restartPolicy Never does not come back (the Pod may fail: not this rule)',
      yaml: pkillJob,
    },
  ],
  invalid: [
    {
      name: 'a Job with Istio injected the legacy way',
      yaml: job(`${migrate}\n        - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}`),
      errors: [{ path: 'spec.template.spec.containers[1]', message: 'the Pod never completes and the Job never finishes' }],
      fix: [
        {
          kind: 'setContainerField',
          pod: { documentIndex: 0, specPath: ['spec', 'template', 'spec'] },
          container: { list: 'containers', index: 1 },
          field: ['startupProbe'],
          value: { httpGet: { path: '/healthz/ready', port: 15021 }, periodSeconds: 1, failureThreshold: 600 },
        },
        // A mesh proxy becomes the first sidecar.
        { kind: 'moveContainer', pod: { documentIndex: 0, specPath: ['spec', 'template', 'spec'] }, container: { list: 'containers', index: 1 }, lane: 'sidecar', index: 0 },
      ],
    },
    {
      name: 'a Pod with restartPolicy Never and a database proxy, after an existing init container',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: report}
        spec:
          restartPolicy: Never
          initContainers:
          - {name: wait, image: busybox, command: [sh, -c, "sleep 5"]}
          containers:
          - {name: report, image: registry.example.com/report:2}
          - name: cloud-sql-proxy
            image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
            ports: [{containerPort: 5432}]`,
      errors: [{ path: 'spec.containers[1]', message: 'is not restarted either' }],
      fix: [
        {
          kind: 'setContainerField',
          pod: { documentIndex: 0, specPath: ['spec'] },
          container: { list: 'containers', index: 1 },
          field: ['startupProbe'],
          value: { tcpSocket: { port: 5432 }, periodSeconds: 1, failureThreshold: 30 },
        },
        { kind: 'moveContainer', pod: { documentIndex: 0, specPath: ['spec'] }, container: { list: 'containers', index: 1 }, lane: 'sidecar' },
      ],
    },
    {
      name: 'a CronJob whose helper only keeps itself alive',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: nightly}
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - {name: work, image: registry.example.com/work:1}
                  - {name: debug, image: busybox, command: [sleep, infinity]}`,
      errors: [{ path: 'spec.jobTemplate.spec.template.spec.containers[1]', message: 'its command only keeps it alive: it runs `sleep infinity`' }],
    },
    {
      name: 'a quitquitquit that a folded scalar made an argument of sleep stops nothing',
      yaml: job(`
        - name: migrate
          image: registry.example.com/migrate:1.0
          command: [sh, -c]
          args:
          - >
            /bin/migrate up && sleep 5
            curl -fsX POST localhost:15020/quitquitquit
        - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.3, args: [proxy, sidecar]}`),
      errors: [{ path: 'spec.template.spec.containers[1]', message: 'and it never exits: it is a mesh proxy' }],
    },
    {
      name: 'the app kills its helper with pkill under OnFailure: the helper exits 143 and is started again',
      yaml: pkillJob.replace('restartPolicy: Never', 'restartPolicy: OnFailure'),
      errors: [
        {
          path: 'spec.template.spec.containers[1]',
          message:
            '"cloud-sql-proxy" runs as a regular container of a Job that runs to completion, and the legacy workaround that stops it does not work: "migrate" kills it with SIGTERM when it is done, and it then exits with code 143 (cloud-sql-proxy exits 143 on SIGTERM without --exit-zero-on-sigterm); restartPolicy OnFailure restarts a container that exits non-zero, so it runs again, so the Pod never completes and the Job never finishes. Make it a native sidecar (initContainers with restartPolicy: Always): it is stopped after the app has exited.',
        },
      ],
    },
    {
      name: 'the script that stops the helper is read from a ConfigMap of the same file',
      yaml: `${job(
        `
        - name: migrate
          image: registry.example.com/migrate:1.0
          command: [/bin/sh, /scripts/run.sh]
          volumeMounts: [{name: scripts, mountPath: /scripts}]
        - name: debug
          image: busybox
          command: [sh, -c, "sleep infinity"]`,
        `\n        shareProcessNamespace: true\n        volumes: [{name: scripts, configMap: {name: job-scripts}}]`,
      ).replace('restartPolicy: Never', 'restartPolicy: OnFailure')}---
apiVersion: v1
kind: ConfigMap
metadata: {name: job-scripts}
data:
  run.sh: |
    /bin/migrate up
    pkill -KILL sleep
`,
      errors: [{ path: 'spec.template.spec.containers[1]', message: '"migrate" kills it with SIGKILL when it is done, and it then exits with code 137 (SIGKILL cannot be handled)' }],
    },
    {
      name: 'before 1.29 there is no native sidecar to move to',
      k8sVersion: '1.28',
      yaml: job(`${migrate}\n        - {name: linkerd-proxy, image: cr.l5d.io/linkerd/proxy:stable-2.14.10}`),
      errors: [{ path: 'spec.template.spec.containers[1]', message: 'Native sidecars need Kubernetes 1.29+' }],
      fix: [],
    },
  ],
});
