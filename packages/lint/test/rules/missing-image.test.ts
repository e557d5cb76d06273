import { rule } from '../../src/rules/missing-image';
import { ruleTester, yaml } from '../ruleTester';

const pod = (image: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    containers: [{name: app, image: ${image}}]`;
const deployment = (image: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        containers: [{name: app, image: ${image}}]`;

ruleTester(rule, {
  valid: [
    { name: 'an image', yaml: pod('nginx:1.27') },
    { name: 'spaces around the image of a template are still accepted', yaml: deployment('" nginx:1.27"') },
  ],
  invalid: [
    { name: 'no image', yaml: yaml`{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: app}]}}`, errors: [{ path: 'spec.containers[0].image', message: 'spec.containers[0].image: Required value' }] },
    { name: 'an empty image in a template', yaml: deployment('""'), errors: [{ path: 'spec.template.spec.containers[0].image', message: 'spec.template.spec.containers[0].image: Required value' }] },
    {
      name: 'spaces around the image of a Pod',
      yaml: pod('"nginx:1.27 "'),
      errors: [{ path: 'spec.containers[0].image', message: 'spec.containers[0].image: Invalid value: "nginx:1.27 ": must not have leading or trailing whitespace' }],
    },
  ],
});
