/** The ConfigMaps of every file on the command line are what a pod of any of them mounts. */
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../src/main';
import { configMapsOfRun } from '../src/sameRun';
import { tempDir } from './tempDir';
import { KILLED_BY_SCRIPT, writeSameRunFiles } from './sameRunFiles';

function files(): string {
  const dir = tempDir('podsmith-same-run-');
  writeSameRunFiles(dir);
  return dir;
}

/** The job-blocked-by-sidecar messages of a lint on the main thread (workers: cli.e2e.test.ts). */
function lintJson(dir: string, paths: string[]): Promise<{ messages: string[]; code: number }> {
  let stdout = '';
  const io: Io = { cwd: dir, env: {}, stdoutIsTTY: false, writeStdout: (t) => void (stdout += t), writeStderr: () => undefined, readStdin: async () => '' };
  return run(['lint', '-f', 'json', '--concurrency', 'off', ...paths], io).then((code) => ({
    code,
    messages: (JSON.parse(stdout) as { ruleId: string; message: string }[]).filter((p) => p.ruleId === 'job-blocked-by-sidecar').map((p) => p.message),
  }));
}

describe('the ConfigMaps of the command line', () => {
  it('are collected from every file that declares one, broken files skipped', () => {
    const dir = files();
    expect(configMapsOfRun(['job.yaml', 'scripts.yaml', 'broken.yaml', 'missing.yaml'], dir)).toEqual([
      { name: 'job-scripts', data: { 'run.sh': '/bin/migrate up\npkill -KILL sleep\n' } },
    ]);
  });

  it('give a Job the script it mounts from another file', async () => {
    const dir = files();
    const alone = await lintJson(dir, ['job.yaml']);
    expect(alone.messages).toHaveLength(1);
    expect(alone.messages[0]).not.toContain('SIGKILL');
    const together = await lintJson(dir, ['job.yaml', 'scripts.yaml']);
    expect(together.messages).toHaveLength(1);
    expect(together.messages[0]).toContain(KILLED_BY_SCRIPT);
  });
});
