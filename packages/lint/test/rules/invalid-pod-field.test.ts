import { rule } from '../../src/rules/invalid-pod-field';
import { ruleTester, yaml } from '../ruleTester';

const pod = (spec: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    ${spec}
    containers: [{name: app, image: nginx}]`;

ruleTester(rule, {
  valid: [
    { name: 'a deadline, a hostname, dnsPolicy None with a nameserver', yaml: pod(`activeDeadlineSeconds: 600\n    hostname: web-0\n    dnsPolicy: None\n    dnsConfig: {nameservers: [1.1.1.1]}`) },
  ],
  invalid: [
    { name: 'a zero deadline', yaml: pod('activeDeadlineSeconds: 0'), errors: [{ path: 'spec.activeDeadlineSeconds', message: 'spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive' }] },
    { name: 'a dotted hostname', yaml: pod('hostname: web.local'), errors: [{ path: 'spec.hostname', message: 'spec.hostname: Invalid value: "web.local": must not contain dots' }] },
    { name: 'an unknown dnsPolicy', yaml: pod('dnsPolicy: ClusterFirstWithHostnet'), errors: [{ path: 'spec.dnsPolicy', message: 'spec.dnsPolicy: Unsupported value: "ClusterFirstWithHostnet": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"' }] },
    { name: 'dnsPolicy None without dnsConfig', yaml: pod('dnsPolicy: None'), errors: [{ path: 'spec.dnsConfig', message: 'spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None' }] },
    {
      name: 'dnsPolicy None without nameservers, in a Deployment',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              dnsPolicy: None
              dnsConfig: {searches: [svc.cluster.local]}
              containers: [{name: app, image: nginx}]`,
      errors: [{ path: 'spec.template.spec.dnsConfig.nameservers', message: 'spec.template.spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None' }],
    },
    {
      name: 'four nameservers',
      yaml: pod('dnsConfig: {nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9, 1.0.0.1]}'),
      errors: [{ path: 'spec.dnsConfig.nameservers', message: 'spec.dnsConfig.nameservers: Invalid value: []string{"1.1.1.1", "8.8.8.8", "9.9.9.9", "1.0.0.1"}: must not have more than 3 nameservers' }],
    },
  ],
});
