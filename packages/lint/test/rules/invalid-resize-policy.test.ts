import { rule } from '../../src/rules/invalid-resize-policy';
import { ruleTester, yaml } from '../ruleTester';

const pod = (restartPolicy: string, resize: string, list = 'containers') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    restartPolicy: ${restartPolicy}
    ${list}: [{name: a, image: x, resizePolicy: [${resize}]}]${list === 'containers' ? '' : '\n    containers: [{name: app, image: x}]'}`;

ruleTester(rule, {
  valid: [
    { name: 'cpu without restart, memory with', yaml: pod('Always', '{resourceName: cpu, restartPolicy: NotRequired}, {resourceName: memory, restartPolicy: RestartContainer}') },
    { name: 'dropped before 1.33 (InPlacePodVerticalScaling alpha)', k8sVersion: '1.32', yaml: pod('Never', '{resourceName: cpu, restartPolicy: RestartContainer}') },
    { name: 'RestartContainer on a run-to-completion init container before 1.36', k8sVersion: '1.35', yaml: pod('Always', '{resourceName: cpu, restartPolicy: RestartContainer}', 'initContainers') },
  ],
  invalid: [
    {
      name: 'RestartContainer under restartPolicy Never (1.33 wording)',
      k8sVersion: '1.33',
      yaml: pod('Never', '{resourceName: memory, restartPolicy: RestartContainer}'),
      errors: [{ path: 'spec.containers[0].resizePolicy[0]', message: "spec.containers[0].resizePolicy: Invalid value: \"RestartContainer\": must be 'NotRequired' when `restartPolicy` is 'Never'" }],
    },
    {
      name: 'RestartContainer under restartPolicy Never (1.36 wording)',
      k8sVersion: '1.36',
      yaml: pod('Never', '{resourceName: memory, restartPolicy: RestartContainer}'),
      errors: [{ path: 'spec.containers[0].resizePolicy[0]', message: "spec.containers[0].resizePolicy: Invalid value: \"RestartContainer\": must be 'NotRequired' when pod `restartPolicy` is 'Never'" }],
    },
    {
      name: 'an unknown resource listed twice, an unknown policy',
      yaml: pod('Always', '{resourceName: gpu, restartPolicy: NotRequired}, {resourceName: gpu, restartPolicy: Restart}'),
      errors: [
        { path: 'spec.containers[0].resizePolicy[0]', message: 'spec.containers[0].resizePolicy: Unsupported value: "gpu": supported values: "cpu", "memory"' },
        { path: 'spec.containers[0].resizePolicy[1]', message: 'spec.containers[0].resizePolicy[1]: Duplicate value: "gpu"' },
        { path: 'spec.containers[0].resizePolicy[1]', message: 'spec.containers[0].resizePolicy: Unsupported value: "gpu": supported values: "cpu", "memory"' },
        { path: 'spec.containers[0].resizePolicy[1]', message: 'spec.containers[0].resizePolicy: Unsupported value: "Restart": supported values: "NotRequired", "RestartContainer"' },
      ],
    },
    {
      name: 'RestartContainer on a run-to-completion init container from 1.36',
      k8sVersion: '1.36',
      yaml: pod('Always', '{resourceName: cpu, restartPolicy: RestartContainer}', 'initContainers'),
      errors: [{ path: 'spec.initContainers[0].resizePolicy[0].restartPolicy', message: "spec.initContainers[0].resizePolicy[0].restartPolicy: Invalid value: \"RestartContainer\": must not be set to 'RestartContainer' for non-sidecar initContainers" }],
    },
  ],
});
