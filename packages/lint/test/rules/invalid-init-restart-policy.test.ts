import { rule } from '../../src/rules/invalid-init-restart-policy';
import { ruleTester, yaml } from '../ruleTester';

const pod = (policy: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    initContainers: [{name: init, image: busybox, restartPolicy: ${policy}}]
    containers: [{name: app, image: nginx}]`;

ruleTester(rule, {
  valid: [
    { name: 'a native sidecar', yaml: pod('Always') },
    { name: 'OnFailure from 1.35 (ContainerRestartRules beta)', k8sVersion: '1.35', yaml: pod('OnFailure') },
    { name: '1.28: the field is dropped while SidecarContainers is off', k8sVersion: '1.28', yaml: pod('OnFailure') },
  ],
  invalid: [
    { name: 'OnFailure before 1.35', k8sVersion: '1.34', yaml: pod('OnFailure'), errors: [{ path: 'spec.initContainers[0].restartPolicy', message: 'spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"' }] },
    {
      name: 'an unknown value from 1.35',
      k8sVersion: '1.35',
      yaml: pod('Sometimes'),
      errors: [{ path: 'spec.initContainers[0].restartPolicy', message: 'spec.initContainers[0].restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"' }],
    },
  ],
});
