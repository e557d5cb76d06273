import { rule } from '../../src/rules/read-only-volume';
import { ruleTester, yaml } from '../ruleTester';

const pod = (appMount: string, shipperMount: string, volume = '{name: logs, emptyDir: {}}') => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    initContainers:
    - name: shipper
      image: cr.fluentbit.io/fluent/fluent-bit:3.1.4
      restartPolicy: Always
      volumeMounts: [${shipperMount}]
    containers:
    - name: app
      image: registry.example.com/app:1
      volumeMounts: [${appMount}]
    volumes: [${volume}]`;

const readOnly = '{name: logs, mountPath: /var/log/app, readOnly: true}';
const writable = '{name: logs, mountPath: /var/log/app}';

ruleTester(rule, {
  valid: [
    { name: 'the app writes, the shipper reads', yaml: pod(writable, readOnly) },
    { name: 'a ConfigMap read-only everywhere', yaml: pod(readOnly, readOnly, '{name: logs, configMap: {name: logs}}') },
    { name: 'a Secret read-only everywhere', yaml: pod(readOnly, readOnly, '{name: logs, secret: {secretName: logs}}') },
    { name: 'a projected volume read-only everywhere', yaml: pod(readOnly, readOnly, '{name: logs, projected: {sources: [{downwardAPI: {items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]}}]}}') },
    { name: 'a claim filled from outside the Pod', yaml: pod(readOnly, readOnly, '{name: logs, persistentVolumeClaim: {claimName: logs}}') },
    {
      name: 'an ephemeral volume restored from a snapshot',
      yaml: pod(readOnly, readOnly, '{name: logs, ephemeral: {volumeClaimTemplate: {spec: {accessModes: [ReadWriteOnce], dataSource: {name: snap, kind: VolumeSnapshot, apiGroup: snapshot.storage.k8s.io}, resources: {requests: {storage: 1Gi}}}}}}'),
    },
    {
      name: 'an ephemeral container writes it',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          containers: [{name: app, image: registry.example.com/app:1, volumeMounts: [${readOnly}]}]
          ephemeralContainers: [{name: debug, image: busybox:1.37, volumeMounts: [${writable}]}]
          volumes: [{name: logs, emptyDir: {}}]`,
    },
    { name: 'a volume nobody mounts (unused-volume reports it)', yaml: pod('', '') },
  ],
  invalid: [
    {
      name: 'an emptyDir read-only for the app and the shipper',
      yaml: pod(readOnly, readOnly),
      errors: [{ path: 'spec.volumes[0]', message: 'Volume "logs" is an emptyDir that every container mounting it ("shipper" and "app") mounts read-only: nothing can write it, so it stays empty. Mount it writable in the container that should fill it, or remove it.' }],
    },
    {
      name: 'an ephemeral volume without a data source, mounted read-only by its only container',
      yaml: pod(readOnly, '', '{name: logs, ephemeral: {volumeClaimTemplate: {spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}}}'),
      errors: [{ path: 'spec.volumes[0]', message: 'Volume "logs" is a generic ephemeral volume without a data source that the only container mounting it ("app") mounts read-only' }],
    },
  ],
});
