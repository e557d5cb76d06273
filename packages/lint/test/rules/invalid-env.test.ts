import { rule } from '../../src/rules/invalid-env';
import { run, ruleTester, yaml } from '../ruleTester';
import { expect, it } from 'vitest';

const pod = (env: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    containers: [{name: app, image: nginx, env: ${env}}]`;
const STRICT =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

ruleTester(rule, {
  valid: [
    { name: 'names, values and one source', yaml: pod(`[{name: A, value: "1"}, {name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}, {name: A, value: "$(A):2"}]`) },
    { name: 'a name starting with a digit is fine from 1.32 (relaxed)', k8sVersion: '1.32', yaml: pod(`[{name: 1PASSWORD, value: x}]`) },
  ],
  invalid: [
    { name: 'a digit first before 1.32', k8sVersion: '1.31', yaml: pod(`[{name: 1PASSWORD, value: x}]`), errors: [{ path: 'spec.containers[0].env[0].name', message: `spec.containers[0].env[0].name: Invalid value: "1PASSWORD": ${STRICT}` }] },
    { name: "'..' before 1.32 (dots pass the pattern)", k8sVersion: '1.30', yaml: pod(`[{name: "..", value: x}]`), errors: [{ path: 'spec.containers[0].env[0].name', message: "spec.containers[0].env[0].name: Invalid value: \"..\": must not be '..'" }] },
    {
      name: "an '=' from 1.32",
      yaml: pod(`[{name: "A=B", value: x}]`),
      errors: [{ path: 'spec.containers[0].env[0].name', message: `spec.containers[0].env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='` }],
    },
    { name: 'no name', yaml: pod(`[{value: x}]`), errors: [{ path: 'spec.containers[0].env[0].name', message: 'spec.containers[0].env[0].name: Required value' }] },
    {
      name: 'valueFrom: none, next to a value, two sources',
      yaml: pod(`[{name: A, valueFrom: {}}, {name: B, value: x, valueFrom: {fieldRef: {fieldPath: metadata.name}}}, {name: C, valueFrom: {fieldRef: {fieldPath: metadata.name}, secretKeyRef: {name: s, key: k}}}]`),
      errors: [
        { path: 'spec.containers[0].env[0].valueFrom', message: 'spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`' },
        { path: 'spec.containers[0].env[1].valueFrom', message: 'Invalid value: "": may not be specified when `value` is not empty' },
        { path: 'spec.containers[0].env[2].valueFrom', message: 'Invalid value: "": may not have more than one field specified at a time' },
      ],
    },
    {
      name: 'a name defined twice: an API warning',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers: [{name: app, image: nginx, env: [{name: PORT, value: "8080"}, {name: PORT, value: "9090"}]}]`,
      errors: [{ path: 'spec.template.spec.containers[0].env[1]', message: 'spec.template.spec.containers[0].env[1]: hides previous definition of "PORT", which may be dropped when using apply', severity: 'warning' }],
    },
  ],
});

it('reports a redefinition as a warning', () => {
  expect(run(rule, pod(`[{name: A, value: "1"}, {name: A, value: "2"}]`)).findings.map((f) => f.severity)).toEqual(['warning']);
});
