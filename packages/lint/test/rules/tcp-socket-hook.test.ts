import { rule } from '../../src/rules/tcp-socket-hook';
import { ruleTester, yaml } from '../ruleTester';

const pod = (lifecycle: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      spec:
        containers:
        - {name: web, image: nginx:1.27, lifecycle: ${lifecycle}}`;

ruleTester(rule, {
  valid: [{ name: 'httpGet and exec hooks', yaml: pod(`{postStart: {httpGet: {port: 80}}, preStop: {exec: {command: [nginx, -s, quit]}}}`) }],
  invalid: [
    {
      name: 'tcpSocket in both hooks',
      yaml: pod(`{postStart: {tcpSocket: {port: 80}}, preStop: {tcpSocket: {port: 80}}}`),
      errors: [
        { path: 'spec.template.spec.containers[0].lifecycle.postStart.tcpSocket', message: 'spec.template.spec.containers[0].lifecycle.postStart.tcpSocket: "web"\'s postStart hook uses tcpSocket' },
        { path: 'spec.template.spec.containers[0].lifecycle.preStop.tcpSocket', message: 'the preStop delay or drain never happens' },
      ],
    },
  ],
});
