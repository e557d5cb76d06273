import { rule } from '../../src/rules/invalid-ephemeral-container';
import { ruleTester, yaml } from '../ruleTester';

const pod = (ephemeral: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    volumes: [{name: data, emptyDir: {}}]
    containers: [{name: app, image: nginx}]
    ephemeralContainers: [${ephemeral}]`;

ruleTester(rule, {
  valid: [{ name: 'a debugging shell targeting the app', yaml: pod(`{name: debug, image: busybox, stdin: true, tty: true, targetContainerName: app, ports: [], volumeMounts: [{name: data, mountPath: /data}]}`) }],
  invalid: [
    {
      name: 'in a pod template',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers: [{name: app, image: nginx}]
              ephemeralContainers: [{name: debug, image: busybox}]`,
      errors: [{ path: 'spec.template.spec.ephemeralContainers', message: 'spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template' }],
    },
    {
      name: 'ports, a probe, a subPath and an unknown target',
      yaml: pod(`{name: debug, image: busybox, targetContainerName: web, ports: [{containerPort: 80}], readinessProbe: {tcpSocket: {port: 80}}, volumeMounts: [{name: data, mountPath: /data, subPath: x}]}`),
      errors: [
        { path: 'spec.ephemeralContainers[0].targetContainerName', message: 'spec.ephemeralContainers[0].targetContainerName: Not found: "web"' },
        { path: 'spec.ephemeralContainers[0].ports', message: 'spec.ephemeralContainers[0].ports: Forbidden: cannot be set for an Ephemeral Container' },
        { path: 'spec.ephemeralContainers[0].readinessProbe', message: 'readinessProbe: Forbidden: cannot be set for an Ephemeral Container' },
        { path: 'spec.ephemeralContainers[0].volumeMounts[0].subPath', message: 'volumeMounts[0].subPath: Forbidden: cannot be set for an Ephemeral Container' },
      ],
    },
  ],
});
