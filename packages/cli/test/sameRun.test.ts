/** The ConfigMaps of every file on the command line are what a pod of any of them mounts. */
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../src/main';
import { parseManifest } from '@podsmith/manifest';
import { configMapsOfRun, filesToLintAgain, runPartOf } from '../src/sameRun';
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

describe('which files are linted again with the run\'s ConfigMaps', () => {
  const pod = (mounts: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: app:1\n  volumes:\n${mounts}`;
  const configMap = (name: string) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  run.sh: echo\n`;
  const part = (text: string, givesConfigMaps = true) => runPartOf(parseManifest(text, { once: true, maxBytes: Infinity }), givesConfigMaps);

  it('a pod\'s ConfigMap names, from its own and its projected volumes', () => {
    const text = pod('  - name: a\n    configMap:\n      name: own\n  - name: b\n    projected:\n      sources:\n      - configMap:\n          name: shared\n');
    expect(part(text).mounts).toEqual(['own', 'shared']);
  });

  it('only the files whose pods mount a ConfigMap another file declares; the run\'s ConfigMaps in input order', () => {
    const parts = [
      part(pod('  - name: a\n    configMap:\n      name: own\n') + configMap('own')), // its own: not again
      part(pod('  - name: a\n    configMap:\n      name: shared\n')), // another file's: again
      part(configMap('shared')),
      part(pod('  - name: a\n    configMap:\n      name: nowhere\n')), // nobody's: not again
      part(pod('  - name: a\n    configMap:\n      name: shared\n') + configMap('stdin-only'), false), // stdin: again, gives nothing
      undefined, // a file that could not be read
    ];
    const { configMaps, again } = filesToLintAgain(parts);
    expect(configMaps.map((m) => m.name)).toEqual(['own', 'shared']);
    expect(again).toEqual([1, 4]);
  });
});
