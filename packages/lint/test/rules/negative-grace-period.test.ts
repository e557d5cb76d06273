import { rule } from '../../src/rules/negative-grace-period';
import { run, ruleTester, yaml } from '../ruleTester';
import { expect, it } from 'vitest';

const deployment = (grace: number) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        terminationGracePeriodSeconds: ${grace}
        containers: [{name: app, image: nginx}]`;

ruleTester(rule, {
  valid: [{ name: 'zero', yaml: deployment(0) }],
  invalid: [
    {
      name: 'negative: the API server warns',
      yaml: deployment(-1),
      errors: [{ path: 'spec.template.spec.terminationGracePeriodSeconds', message: 'spec.template.spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1' }],
    },
  ],
});

it('is a warning, as the API server only warns', () => {
  expect(run(rule, deployment(-5)).findings.map((f) => f.severity)).toEqual(['warning']);
});
