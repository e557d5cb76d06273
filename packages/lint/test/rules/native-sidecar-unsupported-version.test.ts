import { rule } from '../../src/rules/native-sidecar-unsupported-version';
import { ruleTester, yaml } from '../ruleTester';

const pod = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    initContainers:
    - {name: setup, image: busybox, command: ["true"]}
    - {name: fluent-bit, image: cr.fluentbit.io/fluent/fluent-bit:3.1.4, restartPolicy: Always}
    containers: [{name: app, image: registry.example.com/app:1}]`;

ruleTester(rule, {
  valid: [
    { name: '1.29 runs native sidecars (beta, on by default)', k8sVersion: '1.29', yaml: pod },
    { name: 'GA in 1.33', k8sVersion: '1.33', yaml: pod },
    { name: 'no native sidecar', k8sVersion: '1.27', yaml: pod.replace(', restartPolicy: Always', '').replace('fluent-bit, image: cr.fluentbit.io/fluent/fluent-bit:3.1.4', 'copy, image: busybox') },
  ],
  invalid: [
    { name: '1.28: alpha, off by default', k8sVersion: '1.28', yaml: pod, errors: [{ path: 'spec.initContainers[1].restartPolicy', message: 'SidecarContainers is alpha and off by default in Kubernetes 1.28' }] },
    { name: '1.27: the field is unknown', k8sVersion: '1.27', yaml: pod, errors: [{ path: 'spec.initContainers[1].restartPolicy', message: 'leaves the Pod in Init:1/2' }] },
  ],
});
