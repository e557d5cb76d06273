import { rule } from '../../src/rules/relative-mount-path';
import { ruleTester, yaml } from '../ruleTester';

const pod = (mountPath: string, os = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:${os}
    containers:
    - name: app
      image: registry.example.com/app:1
      volumeMounts: [{name: data, mountPath: "${mountPath}"}]
    volumes: [{name: data, emptyDir: {}}]`;

ruleTester(rule, {
  valid: [
    { name: 'an absolute path', yaml: pod('/data') },
    { name: 'a Windows drive path', yaml: pod('C:\\\\data') },
    { name: 'any path in a Pod for Windows', yaml: pod('data', '\n    os: {name: windows}') },
    { name: 'an empty path (invalid-volume-mount reports it)', yaml: pod('') },
  ],
  invalid: [
    {
      name: 'a relative path',
      yaml: pod('data'),
      errors: [
        {
          path: 'spec.containers[0].volumeMounts[0].mountPath',
          message: '"app" mounts volume "data" at "data", which is not an absolute path: depending on the container runtime the container does not start ("mount destination not absolute") or the volume appears at "/data", whatever the working directory. Write "/data" or the absolute path you mean.',
        },
      ],
    },
    {
      name: 'a dot-relative path in an init container',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          initContainers: [{name: fill, image: busybox:1.37, command: [true], volumeMounts: [{name: data, mountPath: ./cache}]}]
          containers: [{name: app, image: registry.example.com/app:1}]
          volumes: [{name: data, emptyDir: {}}]`,
      errors: [{ path: 'spec.initContainers[0].volumeMounts[0].mountPath', message: 'Write "/cache" or the absolute path you mean.' }],
    },
  ],
});
