import { rule } from '../../src/rules/invalid-volume-mount';
import { ruleTester, yaml } from '../ruleTester';

const pod = (mounts: string, volumes = `[{name: data, emptyDir: {}}]`, extra = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    containers:
    - name: app
      image: registry.example.com/app:1
      volumeMounts: ${mounts}${extra}
    volumes: ${volumes}`;

ruleTester(rule, {
  valid: [
    { name: 'a declared volume', yaml: pod(`[{name: data, mountPath: /data}]`) },
    { name: 'one volume at two paths', yaml: pod(`[{name: data, mountPath: /a}, {name: data, mountPath: /b}]`) },
    {
      name: "a StatefulSet's volumeClaimTemplate",
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          template:
            spec:
              containers: [{name: db, image: postgres:16, volumeMounts: [{name: pgdata, mountPath: /var/lib/postgresql/data}]}]
          volumeClaimTemplates:
          - metadata: {name: pgdata}
            spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}`,
    },
  ],
  invalid: [
    {
      name: 'a volume that is not declared',
      yaml: pod(`[{name: data, mountPath: /data}, {name: cache, mountPath: /cache}]`),
      errors: [{ path: 'spec.containers[0].volumeMounts[1].name', message: 'spec.containers[0].volumeMounts[1].name: Not found: "cache"' }],
      fix: [{ kind: 'addVolume', pod: { documentIndex: 0, specPath: ['spec'] }, volume: { name: 'cache', emptyDir: {} } }],
    },
    {
      name: 'the same mountPath twice and a missing one',
      yaml: pod(`[{name: data, mountPath: /data}, {name: data, mountPath: /data}, {name: data}]`),
      errors: [
        { path: 'spec.containers[0].volumeMounts[1].mountPath', message: 'Invalid value: "/data": must be unique' },
        { path: 'spec.containers[0].volumeMounts[2].mountPath', message: 'spec.containers[0].volumeMounts[2].mountPath: Required value' },
      ],
      fix: [],
    },
    {
      name: 'a clash with volumeDevices',
      yaml: pod(`[{name: data, mountPath: /dev/xvda}]`, `[{name: data, persistentVolumeClaim: {claimName: block}}]`, `\n      volumeDevices: [{name: data, devicePath: /dev/xvda}]`),
      errors: [
        { path: 'spec.containers[0].volumeMounts[0].name', message: 'must not already exist in volumeDevices' },
        { path: 'spec.containers[0].volumeMounts[0].mountPath', message: 'must not already exist as a path in volumeDevices' },
      ],
    },
  ],
});
