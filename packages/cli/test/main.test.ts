/** run() in-process with a fake Io: what a child process cannot show (a TTY). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../src/main';

const CASES = fileURLToPath(new URL('../../../fixtures/lint-cases/', import.meta.url));
const ESC = String.fromCharCode(27);

function io(options: { tty?: boolean; env?: Record<string, string>; stdin?: string } = {}) {
  const out = { stdout: '', stderr: '' };
  const fake: Io = {
    cwd: CASES,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    writeStdout: (text) => void (out.stdout += text),
    writeStderr: (text) => void (out.stderr += text),
    readStdin: async () => options.stdin ?? '',
  };
  return { io: fake, out };
}

describe('run', () => {
  const file = 'case04-pod-gitsync-init-never-exits.yaml';

  it('colours text on a TTY', async () => {
    const { io: fake, out } = io({ tty: true });
    expect(await run(['lint', file], fake)).toBe(1);
    expect(out.stdout).toContain(`${ESC}[31merror`);
    expect(out.stdout).toContain('error'); // the word is there, coloured or not
  });

  it('does not colour when NO_COLOR is set, or when stdout is not a TTY', async () => {
    for (const options of [{ tty: true, env: { NO_COLOR: '1' } }, { tty: false }]) {
      const { io: fake, out } = io(options);
      expect(await run(['lint', file], fake)).toBe(1);
      expect(out.stdout).not.toContain(ESC);
      expect(out.stdout).toMatch(/ {2}11:5 {2}error {2}/);
    }
  });

  it('fails a pod the API server would reject, with the message kubectl apply prints', async () => {
    const pod = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '  - {name: Web, image: nginx:1.27}', ''].join('\n');
    const { io: fake, out } = io({ stdin: pod });
    expect(await run(['lint', '-'], fake)).toBe(1);
    expect(out.stdout).toContain(
      `spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    );
    expect(out.stdout).toContain('invalid-container-name');
  });

  it('lists a finding\'s suggestions in JSON and SARIF, apart from what --fix can fix', async () => {
    const file = 'case11-pod-port-collisions-with-sidecar.yaml';
    const json = io();
    await run(['lint', '-f', 'json', '--k8s-version', '1.31', file], json.io);
    expect((JSON.parse(json.out.stdout) as { ruleId: string }[]).find((p) => p.ruleId === 'port-collision')).toMatchObject({
      fixable: false,
      suggestions: ['Change "envoy"\'s containerPort 8080 to 8081', 'Change "app"\'s containerPort 8080 to 8081'],
    });
    const sarif = io();
    await run(['lint', '-f', 'sarif', '--k8s-version', '1.31', file], sarif.io);
    const results = (JSON.parse(sarif.out.stdout) as { runs: { results: { ruleId: string; properties: { suggestions?: string[] } }[] }[] }).runs[0]!.results;
    expect(results.find((r) => r.ruleId === 'port-collision')?.properties.suggestions).toHaveLength(2);
  });

  it('reads stdin through the Io', async () => {
    const { io: fake, out } = io({ stdin: readFileSync(`${CASES}${file}`, 'utf8') });
    expect(await run(['lint', '-f', 'json', '-'], fake)).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject([{ file: '<stdin>', ruleId: 'init-never-exits', line: 11, column: 5 }]);
  });

  it('says which suppression annotations suppress nothing, at their line, and exits as if they were not there', async () => {
    const manifest = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '  annotations:',
      '    podsmith.dev/ignore-no-such-rule: "a typo"',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata:',
      '      labels: {app: web}',
      '      annotations:',
      '        podsmith.dev/ignore-init-never-exits: ""',
      '    spec:',
      '      containers: [{name: app, image: nginx:1.27.3}]',
      '',
    ].join('\n');
    const { io: fake, out } = io({ stdin: manifest });
    expect(await run(['lint', '-'], fake)).toBe(0);
    expect(out.stdout).toBe(
      [
        '2 suppressions not applied:',
        '  <stdin>:6:5  podsmith.dev/ignore-no-such-rule on Deployment web: no Podsmith rule has that id (podsmith rules lists them)',
        '  <stdin>:13:9  podsmith.dev/ignore-init-never-exits on Deployment web: no reason given (the value must say why the finding does not apply)',
        '',
      ].join('\n'),
    );
  });

  it('reports usage errors on stderr with exit code 2', async () => {
    const { io: fake, out } = io();
    expect(await run(['lint', '--nope', file], fake)).toBe(2);
    expect(out).toEqual({ stdout: '', stderr: "podsmith: Unknown option '--nope'.\nRun podsmith --help for usage.\n" });
  });
});
