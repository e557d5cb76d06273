import { rule } from '../../src/rules/invalid-pod-restart-policy';
import { ruleTester, yaml } from '../ruleTester';

const workload = (kind: string, spec: string, extra = '') => yaml`
  apiVersion: apps/v1
  kind: ${kind}
  metadata: {name: w}
  spec:${extra}
    template:
      spec:
        ${spec}
        containers: [{name: app, image: nginx}]`;
const cronJob = (spec: string, extra = '') => yaml`
  apiVersion: batch/v1
  kind: CronJob
  metadata: {name: nightly}
  spec:
    schedule: "0 3 * * *"
    jobTemplate:
      spec:${extra}
        template:
          spec:
            ${spec}
            containers: [{name: job, image: busybox}]`;

ruleTester(rule, {
  valid: [
    { name: 'a Deployment with the default', yaml: workload('Deployment', 'dnsPolicy: ClusterFirst') },
    { name: 'a Job with Never and a podFailurePolicy', yaml: workload('Job', 'restartPolicy: Never', '\n    podFailurePolicy: {rules: []}') },
    { name: 'a Pod with OnFailure', yaml: yaml`{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {restartPolicy: OnFailure, containers: [{name: a, image: x}]}}` },
  ],
  invalid: [
    {
      name: 'a Job without restartPolicy (defaulted to Always)',
      yaml: workload('Job', 'dnsPolicy: ClusterFirst'),
      errors: [{ path: 'spec.template.spec.restartPolicy', message: 'spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"' }],
    },
    {
      name: 'a CronJob with OnFailure and a podFailurePolicy',
      yaml: cronJob('restartPolicy: OnFailure', '\n        podFailurePolicy: {rules: []}'),
      errors: [{ path: 'spec.jobTemplate.spec.template.spec.restartPolicy', message: 'spec.jobTemplate.spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified' }],
    },
    {
      name: 'a Deployment with Never and a deadline',
      yaml: workload('Deployment', 'restartPolicy: Never\n        activeDeadlineSeconds: 600'),
      errors: [
        { path: 'spec.template.spec.restartPolicy', message: 'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"' },
        { path: 'spec.template.spec.activeDeadlineSeconds', message: 'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported' },
      ],
    },
    { name: 'a StatefulSet deadline', yaml: workload('StatefulSet', 'activeDeadlineSeconds: 60'), errors: [{ path: 'spec.template.spec.activeDeadlineSeconds', message: 'Forbidden: activeDeadlineSeconds in StatefulSet is not Supported' }] },
    {
      name: 'a Pod with an unknown policy',
      yaml: yaml`{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {restartPolicy: Sometimes, containers: [{name: a, image: x}]}}`,
      errors: [{ path: 'spec.restartPolicy', message: 'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"' }],
    },
  ],
});
