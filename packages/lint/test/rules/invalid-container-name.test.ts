import { rule } from '../../src/rules/invalid-container-name';
import { ruleTester, yaml } from '../ruleTester';

const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

const deployment = (name: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        containers:
        - {name: app, image: nginx:1.27}
        - {name: ${name}, image: nginx:1.27}`;

ruleTester(rule, {
  valid: [
    { name: 'lowercase labels', yaml: deployment('web-2') },
    { name: 'a 63-character name', yaml: deployment('a'.repeat(63)) },
  ],
  invalid: [
    {
      name: 'a capital letter, in the words of kubectl',
      yaml: deployment('Web'),
      errors: [{ path: 'spec.template.spec.containers[1].name', message: `spec.template.spec.containers[1].name: Invalid value: "Web": ${LABEL}` }],
    },
    { name: 'a dotted name', yaml: deployment('web.v2'), errors: [{ path: 'spec.template.spec.containers[1].name', message: 'Invalid value: "web.v2": must not contain dots' }] },
    {
      name: 'too long and with an underscore: one error per reason',
      yaml: deployment(`${'a'.repeat(64)}_x`),
      errors: [
        { path: 'spec.template.spec.containers[1].name', message: 'must be no more than 63 characters' },
        { path: 'spec.template.spec.containers[1].name', message: LABEL },
      ],
    },
    {
      name: 'an empty name in a CronJob init container',
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
                  restartPolicy: Never
                  initContainers: [{name: "", image: busybox}]
                  containers: [{name: job, image: busybox}]`,
      errors: [{ path: 'spec.jobTemplate.spec.template.spec.initContainers[0].name', message: 'spec.jobTemplate.spec.template.spec.initContainers[0].name: Required value' }],
      fix: [],
    },
  ],
});
