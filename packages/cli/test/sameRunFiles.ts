/**
 * Two files of one run: a Job whose script, mounted from the ConfigMap job-scripts, kills
 * its debug helper with SIGKILL; and that ConfigMap. Used in-process and by cli.e2e.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const JOB = [
  'apiVersion: batch/v1',
  'kind: Job',
  'metadata: {name: migrate}',
  'spec:',
  '  template:',
  '    spec:',
  '      restartPolicy: OnFailure',
  '      shareProcessNamespace: true',
  '      volumes: [{name: scripts, configMap: {name: job-scripts}}]',
  '      containers:',
  '      - name: migrate',
  '        image: registry.example.com/migrate:1.0',
  '        command: [/bin/sh, /scripts/run.sh]',
  '        volumeMounts: [{name: scripts, mountPath: /scripts}]',
  '      - name: debug',
  '        image: busybox:1.37.0',
  '        command: [sh, -c, "sleep infinity"]',
  '',
].join('\n');

const SCRIPTS = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: job-scripts}', 'data:', '  run.sh: |', '    /bin/migrate up', '    pkill -KILL sleep', ''].join('\n');

/** The message of job-blocked-by-sidecar when the script is read: what the ConfigMap changes. */
export const KILLED_BY_SCRIPT = '"migrate" kills it with SIGKILL when it is done, and it then exits with code 137 (SIGKILL cannot be handled)';

/** job.yaml, scripts.yaml and a broken broken.yaml, written into `dir`. */
export function writeSameRunFiles(dir: string): void {
  writeFileSync(join(dir, 'job.yaml'), JOB);
  writeFileSync(join(dir, 'scripts.yaml'), SCRIPTS);
  writeFileSync(join(dir, 'broken.yaml'), 'kind: ConfigMap\ndata: [\n');
}
