import { rule } from '../../src/rules/unknown-field';
import { ruleTester, yaml } from '../ruleTester';

const deployment = (container: string, spec = '') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, creationTimestamp: null}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata: {labels: {app: web}}
      spec:${spec}
        containers:
        - {name: web, image: nginx:1.27, ${container}}
  status: {replicas: 1, conditions: [{type: Available, status: "True", lastUpdateTime: 2024-01-01T00:00:00Z}]}`;

const sidecar = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    initContainers:
    - {name: log, image: fluent/fluent-bit:3.0, restartPolicy: Always}
    containers:
    - {name: app, image: app:1, lifecycle: {preStop: {sleep: {seconds: 5}}}}`;

/** PodResourceClaim.source: removed in 1.31. */
const claimSource = yaml`
  apiVersion: v1
  kind: Pod
  spec:
    resourceClaims: [{name: gpu, source: {resourceClaimTemplateName: gpu}}]
    containers: [{name: a, image: b}]`;

ruleTester(rule, {
  valid: [
    { name: 'every field known, status and a null creationTimestamp included', yaml: deployment('imagePullPolicy: Always, livenessProbe: {httpGet: {port: 8080}}') },
    { name: 'a native sidecar and the sleep action from 1.30', yaml: sidecar, k8sVersion: '1.30' },
    {
      name: 'custom resources and kinds Podsmith does not know are not checked',
      yaml: yaml`
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        spec: {endpoints: [{prot: web}]}
        ---
        apiVersion: extensions/v1beta1
        kind: Deployment
        spec: {template: {spec: {containers: [{name: a, image: b, imagePullPolicyy: Always}]}}}`,
    },
    {
      name: 'a removed field at a release that still has it',
      yaml: claimSource,
      k8sVersion: '1.30',
    },
  ],
  invalid: [
    {
      name: 'a typo of a container field, renamed by the quick fix',
      yaml: deployment('imagePullPolicyy: Always'),
      errors: [{ path: 'spec.template.spec.containers[0].imagePullPolicyy', message: 'unknown field "spec.template.spec.containers[0].imagePullPolicyy" (did you mean "imagePullPolicy"?)' }],
      fix: [{ kind: 'renameKey', documentIndex: 0, path: ['spec', 'template', 'spec', 'containers', 0, 'imagePullPolicyy'], to: 'imagePullPolicy' }],
    },
    {
      name: 'a field in the wrong case',
      yaml: deployment('livenessprobe: {httpGet: {port: 8080}}'),
      errors: [{ path: 'spec.template.spec.containers[0].livenessprobe', message: 'unknown field "spec.template.spec.containers[0].livenessprobe" (did you mean "livenessProbe"?)' }],
      fix: [{ kind: 'renameKey', documentIndex: 0, path: ['spec', 'template', 'spec', 'containers', 0, 'livenessprobe'], to: 'livenessProbe' }],
    },
    {
      name: 'initContainer for initContainers',
      yaml: deployment('ports: [{containerPort: 80}]', '\n        initContainer: [{name: init, image: busybox}]'),
      errors: [{ path: 'spec.template.spec.initContainer', message: 'unknown field "spec.template.spec.initContainer" (did you mean "initContainers"?)' }],
      fix: [{ kind: 'renameKey', documentIndex: 0, path: ['spec', 'template', 'spec', 'initContainer'], to: 'initContainers' }],
    },
    {
      name: 'no rename when the intended key is there already (the two would be one field)',
      yaml: deployment('ports: [{containerPort: 80}]', '\n        initContainer: [{name: a, image: b}]\n        initContainers: [{name: c, image: d}]'),
      errors: [{ path: 'spec.template.spec.initContainer', message: 'unknown field "spec.template.spec.initContainer" (did you mean "initContainers"?)' }],
      fix: [],
    },
    {
      name: 'no rename when the value does not fit the intended field',
      yaml: deployment('imagePullPolicyy: {always: true}'),
      errors: [{ path: 'spec.template.spec.containers[0].imagePullPolicyy', message: 'unknown field "spec.template.spec.containers[0].imagePullPolicyy" (did you mean "imagePullPolicy"?)' }],
      fix: [],
    },
    {
      name: 'no suggestion (and no fix) when two fields are equally near, or when nothing is near',
      yaml: deployment('ports: [{containerPort: 80, protocl: TCP, prt: 1}]', '\n        hostPIC: true'),
      errors: [
        { path: 'spec.template.spec.hostPIC', message: /^unknown field "spec\.template\.spec\.hostPIC"$/ },
        { path: 'spec.template.spec.containers[0].ports[0].protocl', message: 'unknown field "spec.template.spec.containers[0].ports[0].protocl" (did you mean "protocol"?)' },
        { path: 'spec.template.spec.containers[0].ports[0].prt', message: /^unknown field "spec\.template\.spec\.containers\[0\]\.ports\[0\]\.prt"$/ },
      ],
      fix: [],
    },
    {
      name: 'fields newer than the target: container restartPolicy before 1.28, the sleep action before 1.29',
      yaml: sidecar,
      k8sVersion: '1.27',
      errors: [
        { path: 'spec.initContainers[0].restartPolicy', message: 'unknown field "spec.initContainers[0].restartPolicy": Kubernetes 1.27 does not have it (added in 1.28 with the SidecarContainers feature gate)' },
        { path: 'spec.containers[0].lifecycle.preStop.sleep', message: 'unknown field "spec.containers[0].lifecycle.preStop.sleep": Kubernetes 1.27 does not have it (added in 1.29 with the PodLifecycleSleepAction feature gate)' },
      ],
      fix: [],
    },
    {
      name: 'stopSignal before 1.33, restartPolicyRules before 1.34',
      yaml: deployment('restartPolicy: Never, restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}], lifecycle: {stopSignal: SIGUSR1}'),
      k8sVersion: '1.32',
      errors: [
        { path: 'spec.template.spec.containers[0].restartPolicyRules', message: 'unknown field "spec.template.spec.containers[0].restartPolicyRules": Kubernetes 1.32 does not have it (added in 1.34 with the ContainerRestartRules feature gate)' },
        { path: 'spec.template.spec.containers[0].lifecycle.stopSignal', message: 'unknown field "spec.template.spec.containers[0].lifecycle.stopSignal": Kubernetes 1.32 does not have it (added in 1.33 with the ContainerStopSignals feature gate)' },
      ],
    },
    {
      name: 'a removed field at a release without it',
      yaml: claimSource,
      k8sVersion: '1.31',
      errors: [{ path: 'spec.resourceClaims[0].source', message: 'unknown field "spec.resourceClaims[0].source": Kubernetes 1.31 does not have it (removed in 1.31)' }],
    },
    {
      name: 'a Service beside the workload, and an item of a List (paths from the item)',
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Service
          metadata: {name: web}
          spec: {selector: {app: web}, ports: [{port: 80, protcol: TCP}]}
        - apiVersion: batch/v1
          kind: Job
          metadata: {name: once}
          spec: {template: {spec: {restartPolicy: Never, containers: [{name: a, image: b, comand: [x]}]}}}`,
      errors: [
        { path: 'items[0].spec.ports[0].protcol', message: 'unknown field "spec.ports[0].protcol" (did you mean "protocol"?)' },
        { path: 'items[1].spec.template.spec.containers[0].comand', message: 'unknown field "spec.template.spec.containers[0].comand" (did you mean "command"?)' },
      ],
      fix: [{ kind: 'renameKey', documentIndex: 0, path: ['items', 0, 'spec', 'ports', 0, 'protcol'], to: 'protocol' }],
    },
  ],
});
