import { rule } from '../../src/rules/init-without-deadline';
import { ruleTester, yaml } from '../ruleTester';

const waitForDb = `{name: wait-for-db, image: busybox, command: [sh, -c, "until nslookup db; do echo waiting; sleep 2; done"]}`;
const pod = (spec: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:${spec}
    initContainers: [${waitForDb}]
    containers: [{name: app, image: registry.example.com/app:1}]`;

ruleTester(rule, {
  valid: [
    { name: 'the Pod has a deadline', yaml: pod('\n    activeDeadlineSeconds: 600') },
    { name: 'a timeout around the whole loop bounds it', yaml: pod('').replace('[sh, -c, "until', '[timeout, "120", sh, -c, "until') },
    { name: 'an attempt counter bounds it', yaml: pod('').replace('do echo waiting;', 'do i=$((i+1)); [ $i -gt 30 ] && exit 1;') },
    {
      name: 'the Job has a deadline',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          activeDeadlineSeconds: 900
          template:
            spec:
              restartPolicy: Never
              initContainers: [${waitForDb}]
              containers: [{name: app, image: registry.example.com/app:1}]`,
    },
    {
      name: 'a Deployment template cannot have one',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              initContainers: [${waitForDb}]
              containers: [{name: app, image: registry.example.com/app:1}]`,
    },
    { name: 'a bounded wait', yaml: pod('').replace('until nslookup db', 'timeout 60 sh -c \'until nslookup db; do sleep 2; done\'') },
    { name: 'an init container that does not wait', yaml: pod('').replace(waitForDb, '{name: copy, image: busybox, command: [cp, /a, /b]}') },
  ],
  invalid: [
    {
      name: 'a timeout on each attempt inside an endless until loop bounds the attempt, not the wait',
      yaml: pod('').replace('until nslookup db', 'until timeout 2 nc -z db 5432'),
      errors: [
        {
          path: 'spec.initContainers[0]',
          message: '"wait-for-db" polls in an `until` loop with no timeout: if what it waits for never comes, the Pod stays in Init:0/1 for ever and nothing gives up. Set activeDeadlineSeconds on the Pod so it fails instead.',
        },
      ],
    },
    { name: 'a Pod waiting for a Service with no deadline', yaml: pod(''), errors: [{ path: 'spec.initContainers[0]', message: 'polls in an `until` loop with no timeout: if what it waits for never comes, the Pod stays in Init:0/1' }] },
    {
      name: "a CronJob whose sidecar's postStart hook waits",
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
                  initContainers:
                  - name: proxy
                    image: registry.example.com/proxy:1
                    restartPolicy: Always
                    lifecycle: {postStart: {exec: {command: [sh, -c, "while ! nc -z localhost 5432; do sleep 1; done"]}}}
                  containers: [{name: app, image: registry.example.com/app:1}]`,
      errors: [{ path: 'spec.jobTemplate.spec.template.spec.initContainers[0]', message: 'has a postStart hook that holds startup: it polls in a `while !` loop' }],
    },
  ],
});
