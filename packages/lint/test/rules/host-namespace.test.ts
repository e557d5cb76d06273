import { rule } from '../../src/rules/host-namespace';
import { ruleTester, yaml } from '../ruleTester';

const pod = (spec: string, ports = '[{containerPort: 8080}]') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:${spec}
    containers:
    - name: app
      image: registry.example.com/app:1
      ports: ${ports}
      volumeMounts: [{name: logs, mountPath: /var/log/node, readOnly: true}]
    volumes: [{name: logs, emptyDir: {}}]`;

ruleTester(rule, {
  valid: [
    { name: 'no host namespace, path or port', yaml: pod('') },
    { name: 'host namespaces set to false', yaml: pod('\n    hostNetwork: false\n    hostPID: false\n    hostIPC: false') },
    { name: 'hostPort 0', yaml: pod('', '[{containerPort: 8080, hostPort: 0}]') },
  ],
  invalid: [
    {
      name: 'hostNetwork: the written hostPort is not reported again',
      yaml: pod('\n    hostNetwork: true', '[{containerPort: 8080, hostPort: 8080}]'),
      errors: [
        {
          path: 'spec.hostNetwork',
          message: 'The Pod uses the node\'s network namespace (hostNetwork: true): it sees every interface of the node, can bind any of its ports and reach what listens on the node\'s localhost. It breaks the Pod Security Standards baseline level (control "Host Namespaces"): remove hostNetwork, unless this is a node agent that needs it (then run it in a namespace at the privileged level and suppress this rule for it with the reason).',
        },
      ],
    },
    {
      name: 'hostPID and hostIPC',
      yaml: pod('\n    hostPID: true\n    hostIPC: true'),
      errors: [
        { path: 'spec.hostPID', message: "The Pod shares the node's process namespace (hostPID: true)" },
        { path: 'spec.hostIPC', message: "The Pod shares the node's IPC namespace (hostIPC: true)" },
      ],
    },
    {
      name: 'a hostPort',
      yaml: pod('', '[{containerPort: 8080, hostPort: 80}]'),
      errors: [{ path: 'spec.containers[0].ports[0].hostPort', message: '"app" publishes port 8080 on the node\'s address as hostPort 80: it bypasses Services, and only one such Pod can run per node. It breaks the Pod Security Standards baseline level (control "Host Ports"): remove hostPort and reach the Pod through a Service' }],
    },
    {
      name: "the node's logs, read-only, and the Docker socket",
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            spec:
              containers:
              - name: agent
                image: registry.example.com/agent:1
                volumeMounts: [{name: logs, mountPath: /var/log, readOnly: true}, {name: docker, mountPath: /var/run/docker.sock}]
              volumes:
              - {name: logs, hostPath: {path: /var/log}}
              - {name: docker, hostPath: {path: /var/run/docker.sock, type: Socket}}`,
      errors: [
        { path: 'spec.template.spec.volumes[0].hostPath', message: 'Volume "logs" mounts the node\'s path "/var/log" (spec.template.spec.volumes[0].hostPath): the Pod can read the node\'s files there. It breaks the Pod Security Standards baseline level (control "HostPath Volumes"): use emptyDir, a PersistentVolumeClaim, a ConfigMap or a Secret, unless this is a node agent' },
        { path: 'spec.template.spec.volumes[1].hostPath', message: 'Volume "docker" mounts the node\'s path "/var/run/docker.sock" (spec.template.spec.volumes[1].hostPath): "/var/run/docker.sock" is the container runtime\'s socket: whoever can reach it can start a privileged container, which is root on the node.' },
      ],
    },
    {
      name: 'a writable hostPath',
      yaml: pod('', '[{containerPort: 8080}]').replace('{name: logs, emptyDir: {}}', '{name: logs, hostPath: {path: /etc}}').replace(', readOnly: true', ''),
      errors: [{ path: 'spec.volumes[0].hostPath', message: '(spec.volumes[0].hostPath): "app" can write the node\'s files there.' }],
    },
  ],
});
