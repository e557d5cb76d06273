import { rule } from '../../src/rules/invalid-mount-propagation';
import { ruleTester, yaml } from '../ruleTester';

const pod = (mount: string, securityContext = '') => yaml`
  apiVersion: apps/v1
  kind: DaemonSet
  metadata: {name: csi}
  spec:
    template:
      spec:
        containers: [{name: driver, image: registry.example.com/csi:1, volumeMounts: [${mount}]${securityContext}}]
        volumes: [{name: pods, hostPath: {path: /var/lib/kubelet/pods}}]`;

ruleTester(rule, {
  valid: [
    { name: 'Bidirectional on a privileged container', yaml: pod(`{name: pods, mountPath: /pods, mountPropagation: Bidirectional}`, ', securityContext: {privileged: true}') },
    { name: 'HostToContainer needs no privilege', yaml: pod(`{name: pods, mountPath: /pods, mountPropagation: HostToContainer}`) },
    { name: 'recursiveReadOnly on a read-only mount', yaml: pod(`{name: pods, mountPath: /pods, readOnly: true, recursiveReadOnly: Enabled}`) },
    { name: 'recursiveReadOnly is unknown before 1.31 (dropped)', k8sVersion: '1.30', yaml: pod(`{name: pods, mountPath: /pods, recursiveReadOnly: Enabled}`) },
  ],
  invalid: [
    {
      name: 'Bidirectional without privilege',
      yaml: pod(`{name: pods, mountPath: /pods, mountPropagation: Bidirectional}`),
      errors: [{ path: 'spec.template.spec.containers[0].volumeMounts[0].mountPropagation', message: 'spec.template.spec.containers[0].volumeMounts[0].mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers' }],
    },
    { name: 'an unknown mode', yaml: pod(`{name: pods, mountPath: /pods, mountPropagation: Shared}`), errors: [{ path: 'spec.template.spec.containers[0].volumeMounts[0].mountPropagation', message: 'Unsupported value: "Shared": supported values: "Bidirectional", "HostToContainer", "None"' }] },
    {
      name: 'recursiveReadOnly on a writable, propagating mount',
      yaml: pod(`{name: pods, mountPath: /pods, mountPropagation: HostToContainer, recursiveReadOnly: IfPossible}`),
      errors: [
        { path: 'spec.template.spec.containers[0].volumeMounts[0].recursiveReadOnly', message: 'may only be specified when readOnly is true' },
        { path: 'spec.template.spec.containers[0].volumeMounts[0].recursiveReadOnly', message: 'may only be specified when mountPropagation is None or not specified' },
      ],
    },
  ],
});
