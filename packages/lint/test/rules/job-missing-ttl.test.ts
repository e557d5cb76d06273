import { rule } from '../../src/rules/job-missing-ttl';
import { ruleTester, yaml } from '../ruleTester';

const job = (fields: string) => yaml`
  apiVersion: batch/v1
  kind: Job
  metadata: {name: migrate}
  spec:${fields}
    template:
      spec:
        restartPolicy: Never
        containers: [{name: migrate, image: registry.example.com/migrate:1}]`;

const cronJob = (fields: string, jobFields = '') => yaml`
  apiVersion: batch/v1
  kind: CronJob
  metadata: {name: backup}
  spec:
    schedule: "0 3 * * *"${fields}
    jobTemplate:
      spec:${jobFields}
        template:
          spec:
            restartPolicy: OnFailure
            containers: [{name: backup, image: registry.example.com/backup:1}]`;

ruleTester(rule, {
  valid: [
    { name: 'a Job with a TTL', yaml: job('\n    ttlSecondsAfterFinished: 86400') },
    { name: 'a Job with a TTL of 0 (deleted at once)', yaml: job('\n    ttlSecondsAfterFinished: 0') },
    { name: "a CronJob with a starting deadline (its Jobs are cleaned by the history limits)", yaml: cronJob('\n    startingDeadlineSeconds: 200') },
    {
      name: 'a Deployment',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers: [{name: web, image: registry.example.com/web:1}]`,
    },
  ],
  invalid: [
    {
      name: 'a Job without a TTL',
      yaml: job(''),
      errors: [{ path: 'spec', message: 'Job "migrate" has no spec.ttlSecondsAfterFinished: once it finishes, the Job and its Pods stay in the cluster until someone deletes them. Set ttlSecondsAfterFinished (for example 86400) to have them removed.' }],
    },
    {
      name: 'a CronJob without a starting deadline, even with a TTL on its Jobs',
      yaml: cronJob('', '\n        ttlSecondsAfterFinished: 3600'),
      errors: [{ path: 'spec', message: 'CronJob "backup" has no spec.startingDeadlineSeconds: a run that could not start on time (the controller was down, concurrencyPolicy held it back) is started however late it is. Set startingDeadlineSeconds (for example 200) so that a run that cannot start within it is skipped.' }],
    },
  ],
});
