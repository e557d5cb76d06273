import { rule } from '../../src/rules/init-container-probes-or-hooks';
import { ruleTester, yaml } from '../ruleTester';

const job = (restartPolicy: string) => yaml`
  apiVersion: batch/v1
  kind: Job
  metadata: {name: example}
  spec:
    template:
      spec:
        restartPolicy: Never
        initContainers:
        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.22.3${restartPolicy}
          lifecycle: {postStart: {exec: {command: [pilot-agent, wait]}}}
          readinessProbe: {httpGet: {path: /healthz/ready, port: 15021}}
        containers: [{name: main, image: busybox:1.36.1}]`;

ruleTester(rule, {
  valid: [{ name: 'a native sidecar may have probes and hooks', yaml: job('\n          restartPolicy: Always') }],
  invalid: [
    {
      name: 'restartPolicy was lost (istio#52245)',
      yaml: job(''),
      errors: [
        { path: 'spec.template.spec.initContainers[0].lifecycle', message: 'spec.template.spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always' },
        { path: 'spec.template.spec.initContainers[0].readinessProbe', message: 'readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always' },
      ],
    },
    {
      name: '1.28 drops restartPolicy: Always (gate off), so the sidecar is a plain init container',
      k8sVersion: '1.28',
      yaml: job('\n          restartPolicy: Always'),
      errors: [{ path: 'spec.template.spec.initContainers[0].lifecycle' }, { path: 'spec.template.spec.initContainers[0].readinessProbe' }],
    },
    {
      name: '1.27 words it differently',
      k8sVersion: '1.27',
      yaml: job(''),
      errors: [{ path: 'spec.template.spec.initContainers[0].lifecycle', message: 'Forbidden: must not be set for init containers' }, { path: 'spec.template.spec.initContainers[0].readinessProbe' }],
    },
  ],
});
