import { rule } from '../../src/rules/no-main-container';
import { ruleTester, yaml } from '../ruleTester';

ruleTester(rule, {
  valid: [{ name: 'one regular container', yaml: yaml`{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: a, image: b}]}}` }],
  invalid: [
    {
      name: 'sidecars alone do not make a pod',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: gw}
        spec:
          template:
            spec:
              initContainers: [{name: istio-proxy, image: proxyv2, restartPolicy: Always}]
              containers: []`,
      errors: [{ path: 'spec.template.spec.containers', message: 'spec.template.spec.containers: Required value' }],
    },
    {
      name: 'no containers key at all, in a Pod',
      yaml: yaml`{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {initContainers: [{name: a, image: b}]}}`,
      errors: [{ path: 'spec.containers', message: 'spec.containers: Required value' }],
    },
  ],
});
