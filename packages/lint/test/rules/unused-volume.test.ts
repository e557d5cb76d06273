import { rule } from '../../src/rules/unused-volume';
import { ruleTester, yaml } from '../ruleTester';

const pod = (mounts: string, volumes: string, extra = '') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app${extra}}
  spec:
    containers:
    - name: app
      image: registry.example.com/app:1
      volumeMounts: ${mounts}
    volumes: ${volumes}`;

ruleTester(rule, {
  valid: [
    { name: 'every volume mounted', yaml: pod('[{name: data, mountPath: /data}]', '[{name: data, emptyDir: {}}]') },
    {
      name: 'a volume mounted only by an init container',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          initContainers: [{name: fill, image: busybox:1.37, command: [true], volumeMounts: [{name: seed, mountPath: /seed}]}]
          containers: [{name: app, image: registry.example.com/app:1}]
          volumes: [{name: seed, configMap: {name: seed}}]`,
    },
    {
      name: 'a volume used only by an ephemeral container',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          containers: [{name: app, image: registry.example.com/app:1}]
          ephemeralContainers: [{name: debug, image: busybox:1.37, volumeMounts: [{name: scratch, mountPath: /scratch}]}]
          volumes: [{name: scratch, emptyDir: {}}]`,
    },
    {
      name: 'a block device',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          containers: [{name: app, image: registry.example.com/app:1, volumeDevices: [{name: disk, devicePath: /dev/xvda}]}]
          volumes: [{name: disk, persistentVolumeClaim: {claimName: disk}}]`,
    },
    {
      name: "a volume Istio mounts into its proxy (sidecar.istio.io/userVolumeMount)",
      yaml: pod('[]', '[{name: certs, secret: {secretName: certs}}]', `, annotations: {sidecar.istio.io/userVolumeMount: '[{"name":"certs","mountPath":"/etc/certs"}]'}`),
    },
    {
      name: "a StatefulSet's claim templates are not pod volumes",
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
      name: 'a Secret volume nobody mounts, next to a mount with a typo',
      yaml: pod('[{name: data, mountPath: /data}]', '[{name: data, emptyDir: {}}, {name: ca, secret: {secretName: ca}}]'),
      errors: [{ path: 'spec.volumes[1]', message: 'Volume "ca" is mounted by no container: it is still set up for every Pod (the Secret must exist, or the Pod does not start). Mount it where it is needed, or remove it.' }],
      fix: [{ kind: 'removeVolume', pod: { documentIndex: 0, specPath: ['spec'] }, name: 'ca' }],
    },
    {
      name: 'a claim nobody mounts',
      yaml: pod('[]', '[{name: data, persistentVolumeClaim: {claimName: data}}]'),
      errors: [{ path: 'spec.volumes[0]', message: 'Volume "data" is mounted by no container: it is still set up for every Pod (the claim is bound and attached to the node).' }],
    },
  ],
});
