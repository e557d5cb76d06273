import { rule } from '../../src/rules/prestop-exceeds-grace-period';
import { ruleTester, yaml } from '../ruleTester';

const pod = (grace: string, preStop: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: worker}
  spec:${grace}
    containers:
    - name: worker
      image: registry.example.com/worker:4
      lifecycle: {preStop: ${preStop}}`;

ruleTester(rule, {
  valid: [
    { name: 'a short exec sleep', yaml: pod('', `{exec: {command: [sh, -c, "sleep 5; nginx -s quit"]}}`) },
    { name: 'a sleep action is checked by the API server instead', yaml: pod('', `{sleep: {seconds: 45}}`) },
    { name: 'a loop of unknown length', yaml: pod('', `{exec: {command: [sh, -c, "while pgrep app; do sleep 60; done"]}}`) },
    { name: 'zero grace period is reported by zero-grace-period', yaml: pod('\n    terminationGracePeriodSeconds: 0', `{exec: {command: [sleep, "5"]}}`) },
  ],
  invalid: [
    {
      name: 'sleep 60 with the default 30 s',
      yaml: pod('', `{exec: {command: [/bin/sh, -c, "sleep 60"]}}`),
      errors: [{ path: 'spec.containers[0].lifecycle.preStop.exec', message: 'sleeps 60 s, but terminationGracePeriodSeconds is 30' }],
      fix: [{ kind: 'setPodField', pod: { documentIndex: 0, specPath: ['spec'] }, field: ['terminationGracePeriodSeconds'], value: 70 }],
    },
    {
      name: 'sleeps add up, and units count',
      yaml: pod('\n    terminationGracePeriodSeconds: 60', `{exec: {command: [sh, -c, "sleep 1m; kill -QUIT 1; sleep 5"]}}`),
      errors: [{ path: 'spec.containers[0].lifecycle.preStop.exec', message: 'sleeps 65 s' }],
    },
    {
      name: 'sleep infinity: no grace period is enough',
      yaml: pod('', `{exec: {command: [sleep, infinity]}}`),
      errors: [{ path: 'spec.containers[0].lifecycle.preStop.exec', message: 'sleeps Infinity s' }],
      fix: [],
    },
  ],
});
