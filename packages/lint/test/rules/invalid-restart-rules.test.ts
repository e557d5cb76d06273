import { rule } from '../../src/rules/invalid-restart-rules';
import { ruleTester, yaml } from '../ruleTester';

const pod = (container: string, init = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    restartPolicy: Never${init}
    containers: [${container}]`;
const rules = (r: string) => `restartPolicyRules: [${r}]`;
const retry42 = `{action: Restart, exitCodes: {operator: In, values: [42]}}`;

ruleTester(rule, {
  valid: [
    { name: 'a rule refining Never', k8sVersion: '1.35', yaml: pod(`{name: a, image: x, restartPolicy: Never, ${rules(retry42)}}`) },
    { name: 'RestartAllContainers from 1.36', k8sVersion: '1.36', yaml: pod(`{name: a, image: x, restartPolicy: Never, ${rules('{action: RestartAllContainers, exitCodes: {operator: In, values: [88]}}')}}`) },
  ],
  invalid: [
    {
      name: '1.34: the gate is off and the rules are dropped',
      k8sVersion: '1.34',
      yaml: pod(`{name: a, image: x, restartPolicy: Never, ${rules(retry42)}}`),
      errors: [{ path: 'spec.containers[0].restartPolicyRules', message: 'spec.containers[0].restartPolicyRules: dropped: ContainerRestartRules is alpha and off by default in 1.34' }],
    },
    {
      name: 'rules without a container restartPolicy',
      k8sVersion: '1.35',
      yaml: pod(`{name: a, image: x, ${rules(retry42)}}`),
      errors: [{ path: 'spec.containers[0].restartPolicy', message: 'spec.containers[0].restartPolicy: Required value: must specify restartPolicy when restart rules are used' }],
    },
    {
      name: 'a bad action, a bad operator, no exitCodes',
      k8sVersion: '1.35',
      yaml: pod(`{name: a, image: x, restartPolicy: Never, ${rules('{action: RestartAllContainers, exitCodes: {operator: Equals, values: [1]}}, {action: Restart}')}}`),
      errors: [
        { path: 'spec.containers[0].restartPolicyRules[0].action', message: 'spec.containers[0].restartPolicyRules[0].action: Unsupported value: "RestartAllContainers": supported values: "Restart"' },
        { path: 'spec.containers[0].restartPolicyRules[0].exitCodes.operator', message: 'exitCodes.operator: Unsupported value: "Equals": supported values: "In", "NotIn"' },
        { path: 'spec.containers[0].restartPolicyRules[1].exitCodes', message: 'spec.containers[0].restartPolicyRules[1].exitCodes: Required value: must be specified' },
      ],
    },
    {
      name: 'more than 20 rules',
      k8sVersion: '1.35',
      yaml: pod(`{name: a, image: x, restartPolicy: Never, ${rules(Array(21).fill(retry42).join(', '))}}`),
      errors: [{ path: 'spec.containers[0].restartPolicyRules', message: 'spec.containers[0].restartPolicyRules: Too many: 21: must have at most 20 items' }],
    },
    {
      name: 'rules on a sidecar before 1.36',
      k8sVersion: '1.35',
      yaml: pod(`{name: a, image: x}`, `\n    initContainers: [{name: s, image: x, restartPolicy: Always, ${rules(retry42)}}]`),
      errors: [{ path: 'spec.initContainers[0].restartPolicyRules', message: 'spec.initContainers[0].restartPolicyRules: Forbidden: restartPolicyRules are not allowed for init containers with restart policy Always' }],
    },
  ],
});
