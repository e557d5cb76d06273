import { rule } from '../../src/rules/zero-grace-period';
import { ruleTester, yaml } from '../ruleTester';

const pod = (grace: string, extra: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:${grace}
    containers:
    - name: app
      image: registry.example.com/app:1${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'zero, but nothing relies on an ordered shutdown', yaml: pod('\n    terminationGracePeriodSeconds: 0', '') },
    { name: 'hooks with the default grace period', yaml: pod('', '\n      lifecycle: {preStop: {sleep: {seconds: 5}}}') },
  ],
  invalid: [
    {
      name: 'a preStop hook with a zero grace period',
      yaml: pod('\n    terminationGracePeriodSeconds: 0', '\n      lifecycle: {preStop: {exec: {command: [sh, -c, "sleep 40"]}}}'),
      errors: [{ path: 'spec.terminationGracePeriodSeconds', message: 'the preStop hooks of "app" are skipped' }],
      fix: [{ kind: 'setPodField', pod: { documentIndex: 0, specPath: ['spec'] }, field: ['terminationGracePeriodSeconds'], value: 50 }],
    },
    {
      name: 'native sidecars with a zero grace period',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          terminationGracePeriodSeconds: 0
          initContainers: [{name: fluent-bit, image: cr.fluentbit.io/fluent/fluent-bit:3.1.4, restartPolicy: Always}]
          containers: [{name: app, image: registry.example.com/app:1}]`,
      errors: [{ path: 'spec.terminationGracePeriodSeconds', message: 'the sidecars "fluent-bit" get no ordered shutdown' }],
      fix: [{ kind: 'setPodField', pod: { documentIndex: 0, specPath: ['spec'] }, field: ['terminationGracePeriodSeconds'], value: 30 }],
    },
  ],
});
