import { rule } from '../../src/rules/sidecar-nonzero-exit-in-job';
import { ruleTester, yaml } from '../ruleTester';

const job = (restartPolicy: string, proxy: string, kind = 'Job') => yaml`
  apiVersion: batch/v1
  kind: ${kind}
  metadata: {name: export}
  spec:
    template:
      spec:
        restartPolicy: ${restartPolicy}
        containers:
        - {name: export, image: registry.example.com/export:1}
${proxy}`;

const v2 = `        - {name: cloud-sql-proxy, image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0, args: [--port=5432, "project:region:db"]}`;

ruleTester(rule, {
  valid: [
    { name: 'with --exit-zero-on-sigterm', yaml: job('Never', `        - {name: cloud-sql-proxy, image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0, args: [--exit-zero-on-sigterm, "project:region:db"]}`) },
    { name: 'the v1 proxy (gce-proxy) exits 0', yaml: job('Never', `        - {name: cloudsql, image: gcr.io/cloudsql-docker/gce-proxy:1.33.2}`) },
    { name: 'as a native sidecar its exit code is ignored', yaml: job('Never', `        initContainers:\n        - {name: cloud-sql-proxy, image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0, restartPolicy: Always}`) },
    { name: 'not a Job', yaml: job('Always', v2, 'Deployment').replace('batch/v1', 'apps/v1') },
  ],
  invalid: [
    {
      name: 'restartPolicy Never: the Pod fails',
      yaml: job('Never', v2),
      errors: [{ path: 'spec.template.spec.containers[1]', message: 'the Pod is marked Failed' }],
      fix: [
        {
          kind: 'setContainerField',
          pod: { documentIndex: 0, specPath: ['spec', 'template', 'spec'] },
          container: { list: 'containers', index: 1 },
          field: ['args'],
          value: ['--port=5432', 'project:region:db', '--exit-zero-on-sigterm'],
        },
      ],
    },
    { name: 'restartPolicy OnFailure: the Pod never completes', yaml: job('OnFailure', `        - {name: alloydb, image: gcr.io/alloydb-connectors/alloydb-auth-proxy:1.10.0}`), errors: [{ path: 'spec.template.spec.containers[1]', message: 'the kubelet restarts it' }] },
  ],
});
