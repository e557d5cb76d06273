import { rule } from '../../src/rules/latest-tag';
import { ruleTester, yaml } from '../ruleTester';

const pod = (image: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: app}
  spec:
    containers: [{name: app, image: "${image}"}]`;

ruleTester(rule, {
  valid: [
    { name: 'a version tag', yaml: pod('nginx:1.27.3') },
    { name: 'a registry with a port and a tag', yaml: pod('registry.example.com:5000/team/app:2.1') },
    { name: 'a digest without a tag', yaml: pod('nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31') },
    { name: 'latest pinned by a digest', yaml: pod('nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31') },
    { name: 'a template placeholder', yaml: pod('{{ .Values.image }}') },
    { name: "Istio's gateway placeholder", yaml: pod('auto') },
    { name: 'no image (missing-image reports it)', yaml: pod('') },
  ],
  invalid: [
    {
      name: 'no tag',
      yaml: pod('nginx'),
      errors: [{ path: 'spec.containers[0].image', message: '"app"\'s image "nginx" has no tag, so it means :latest: each pull may bring a different version (imagePullPolicy defaults to Always for it), so replicas can differ and a rollback does not restore the old code. Pin a version tag or a digest.' }],
    },
    { name: 'the latest tag', yaml: pod('registry.example.com:5000/app:latest'), errors: [{ path: 'spec.containers[0].image', message: '"app"\'s image "registry.example.com:5000/app:latest" is tagged :latest:' }] },
    {
      name: 'an init container and a sidecar too',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          initContainers:
          - {name: fill, image: busybox, command: ["true"]}
          - {name: shipper, image: "fluent/fluent-bit:latest", restartPolicy: Always}
          containers: [{name: app, image: "nginx:1.27.3"}]`,
      errors: [{ path: 'spec.initContainers[0].image', message: '"fill"\'s image "busybox" has no tag' }, { path: 'spec.initContainers[1].image', message: '"shipper"\'s image "fluent/fluent-bit:latest" is tagged :latest' }],
    },
  ],
});
