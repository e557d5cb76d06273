import { rule } from '../../src/rules/invalid-volume';
import { ruleTester, yaml } from '../ruleTester';

const pod = (volumes: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        containers: [{name: web, image: nginx:1.27}]
        volumes:
${volumes}`;

ruleTester(rule, {
  valid: [
    { name: 'one source each', yaml: pod(`        - {name: data, emptyDir: {}}\n        - {name: config, configMap: {name: web-config}}\n        - {name: claim, persistentVolumeClaim: {claimName: web-data}}`) },
    { name: 'no source at all is defaulted to emptyDir (Istio injects such volumes)', yaml: pod(`        - name: workload-socket`) },
    { name: 'a known hostPath type', yaml: pod(`        - {name: sock, hostPath: {path: /var/run/docker.sock, type: Socket}}`) },
  ],
  invalid: [
    {
      name: 'a name with capitals, and the same name twice',
      yaml: pod(`        - {name: Data, emptyDir: {}}\n        - {name: cache, emptyDir: {}}\n        - {name: cache, emptyDir: {}}`),
      errors: [
        { path: 'spec.template.spec.volumes[0].name', message: 'spec.template.spec.volumes[0].name: Invalid value: "Data": a lowercase RFC 1123 label must consist of' },
        { path: 'spec.template.spec.volumes[2].name', message: 'spec.template.spec.volumes[2].name: Duplicate value: "cache"' },
      ],
    },
    {
      name: 'two sources: the API server reports the second in its own order',
      yaml: pod(`        - name: mixed\n          configMap: {name: web-config}\n          emptyDir: {}`),
      errors: [{ path: 'spec.template.spec.volumes[0].configMap', message: 'spec.template.spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type' }],
    },
    {
      name: 'required names and paths, and an unknown hostPath type',
      yaml: pod(`        - {name: claim, persistentVolumeClaim: {}}\n        - {name: host, hostPath: {path: /srv, type: Dir}}\n        - {name: secret, secret: {optional: true}}`),
      errors: [
        { path: 'spec.template.spec.volumes[0].persistentVolumeClaim.claimName', message: 'spec.template.spec.volumes[0].persistentVolumeClaim.claimName: Required value' },
        { path: 'spec.template.spec.volumes[1].hostPath.type', message: 'Unsupported value: "Dir": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"' },
        { path: 'spec.template.spec.volumes[2].secret.secretName', message: 'Required value' },
      ],
    },
  ],
});
