import { rule } from '../../src/rules/container-restart-policy';
import { ruleTester, yaml } from '../ruleTester';

const deployment = (policy: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        containers:
        - {name: app, image: nginx}
        - {name: linkerd-proxy, image: proxy, restartPolicy: ${policy}}`;

ruleTester(rule, {
  valid: [
    { name: 'allowed from 1.35 (ContainerRestartRules beta)', k8sVersion: '1.35', yaml: deployment('Always') },
    { name: 'the field does not exist before 1.28', k8sVersion: '1.27', yaml: deployment('Always') },
  ],
  invalid: [
    {
      name: 'forbidden before 1.35',
      k8sVersion: '1.34',
      yaml: deployment('Always'),
      errors: [{ path: 'spec.template.spec.containers[1].restartPolicy', message: 'spec.template.spec.containers[1].restartPolicy: Forbidden: may not be set for non-init containers' }],
    },
    { name: 'forbidden in 1.28 too', k8sVersion: '1.28', yaml: deployment('Always'), errors: [{ path: 'spec.template.spec.containers[1].restartPolicy', message: 'Forbidden: may not be set for non-init containers' }] },
    {
      name: 'an unknown value from 1.35',
      k8sVersion: '1.35',
      yaml: deployment('Forever'),
      errors: [{ path: 'spec.template.spec.containers[1].restartPolicy', message: 'spec.template.spec.containers[1].restartPolicy: Unsupported value: "Forever": supported values: "Always", "Never", "OnFailure"' }],
    },
  ],
});
