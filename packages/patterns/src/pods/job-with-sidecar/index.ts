import type { PodPattern } from '../types';
import broken from './broken.yaml?raw';
import fixed from './fixed.yaml?raw';

export const jobWithSidecar: PodPattern = {
  id: 'job-with-sidecar',
  title: 'Job with a sidecar',
  explanation:
    "A Job's Pod succeeds when all its regular containers have exited. A helper that serves until it is stopped, here the Cloud SQL Auth Proxy a database migration connects through, never exits on its own, so as a regular container it keeps the Pod Running and the Job never completes (and when it is killed it exits with code 143, which counts as a failure). Native sidecars do not count: once the migration exits, the kubelet stops the proxy and the Job completes.",
  tags: ['Job', 'batch', 'completion', 'native sidecar', 'cloud-sql-proxy', 'database proxy', 'migration', 'never completes'],
  broken: { kind: 'broken', rule: 'job-blocked-by-sidecar', summary: 'The proxy as a regular container: the migration ends, the Job never does.', yaml: broken },
  fixed: { summary: 'The proxy as a native sidecar: stopped when the migration exits, and the Job completes.', yaml: fixed },
};
