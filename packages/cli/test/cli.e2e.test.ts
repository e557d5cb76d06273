/**
 * End to end: the BUILT command (node packages/cli/bin/podsmith.mjs → dist/podsmith.mjs)
 * as a child process, on copies of fixtures/lint-cases in a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManifest } from '@podsmith/manifest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonProblem } from '../src/formatters/json';
import { keyOfLine, lineDiff } from './lineDiff';
import { sarifProblems } from './sarifSchema';
import { tempDir } from './tempDir';
import { KILLED_BY_SCRIPT, writeSameRunFiles } from './sameRunFiles';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/podsmith.mjs');
const CASES_DIR = join(ROOT, 'fixtures/lint-cases');
const CASES = readdirSync(CASES_DIR).filter((f) => f.endsWith('.yaml')).sort();
const EXPECTED = JSON.parse(readFileSync(join(CASES_DIR, 'expected.json'), 'utf8')) as { file: string; k8sVersion: string; expect: string[] }[];
const CASE02 = 'case02-deploy-fluentbit-regular-container.yaml';
const CASE05 = 'case05-deploy-native-proxy-no-startup-gate.yaml';

const CLEAN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: clean
spec:
  selector:
    matchLabels: {app: clean}
  template:
    metadata:
      labels: {app: clean}
    spec:
      containers:
      - name: app
        image: registry.example.com/clean:1.0.0
        ports:
        - containerPort: 8080
`;

interface Outcome {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function podsmith(args: readonly string[], options: { cwd: string; input?: string; env?: Record<string, string>; timeout?: number }): Outcome {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env: { ...process.env, ...options.env }, timeout: options.timeout ?? 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The best-practice and security rules, which the lint cases (written before them, each
 * about one lifecycle or validity problem) and CLEAN would also raise: the workspace's
 * .podsmith.yaml turns them off, so these tests stay about the CLI's mechanics. (The
 * rules themselves are tested in packages/lint, on their own cases and the real corpus.)
 */
const BEST_PRACTICE_AND_SECURITY = ['relative-mount-path', 'unused-volume', 'read-only-volume', 'missing-probes', 'missing-resources', 'latest-tag', 'job-missing-ttl', 'no-graceful-shutdown', 'privileged-container', 'host-namespace'];

/** A fresh directory with copies of every lint case under cases/, a clean manifest, and a .podsmith.yaml without the best-practice and security rules. */
function workspace(): string {
  const dir = tempDir('podsmith-cli-');
  mkdirSync(join(dir, 'cases'));
  for (const file of CASES) copyFileSync(join(CASES_DIR, file), join(dir, 'cases', file));
  writeFileSync(join(dir, 'clean.yaml'), CLEAN);
  writeFileSync(join(dir, '.podsmith.yaml'), `disable: [${BEST_PRACTICE_AND_SECURITY.join(', ')}]\n`);
  return dir;
}

function json(outcome: Outcome): JsonProblem[] {
  return JSON.parse(outcome.stdout) as JsonProblem[];
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 120_000);

describe('podsmith lint (built)', { timeout: 60_000 }, () => {
  it('exits 0 and prints nothing for a clean file, a non-Kubernetes file and an empty one', () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'values.yaml'), 'replicaCount: 2\nimage: {tag: latest}\n');
    writeFileSync(join(cwd, 'empty.yaml'), '');
    expect(podsmith(['lint', 'clean.yaml', 'values.yaml', 'empty.yaml'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('prints stylish text: case02 raises log-shipper-not-native (a warning: exit 0, and 1 with --fail-on warning)', () => {
    const cwd = workspace();
    const file = `cases/${CASE02}`;
    const outcome = podsmith(['lint', file], { cwd });
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toMatch(new RegExp(`^${file}\n  30:9  warning  "fluent-bit" is a log shipper .* log-shipper-not-native\n\n✖ 1 problem \\(0 errors, 1 warning, 0 infos\\)\n`));
    expect(outcome.stdout).not.toContain('\u001b['); // not a TTY: no colour
    const failing = podsmith(['lint', '--fail-on', 'warning', file], { cwd });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/log-shipper-not-native/);
  });

  it('exits 1 on an error by default', () => {
    const outcome = podsmith(['lint', 'cases/case04-pod-gitsync-init-never-exits.yaml'], { cwd: workspace() });
    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toMatch(/11:5 {2}error {2}.* init-never-exits/);
  });

  it('--fail-on info fails on an info, which --disable leaves alone', () => {
    const cwd = workspace();
    const args = ['lint', '--format', 'json', '--disable', ['sidecar-without-startup-probe', ...BEST_PRACTICE_AND_SECURITY].join(','), `cases/${CASE05}`];
    const onlyInfo = podsmith(args, { cwd });
    expect(json(onlyInfo).map((p) => [p.ruleId, p.severity])).toEqual([['sidecar-readiness-gates-pod', 'info']]);
    expect(onlyInfo.status).toBe(0);
    expect(podsmith([...args, '--fail-on', 'warning'], { cwd }).status).toBe(0);
    expect(podsmith([...args, '--fail-on', 'info'], { cwd }).status).toBe(1);
  });

  it('searches directories recursively and finds every expected rule at each case`s version', () => {
    const cwd = workspace();
    mkdirSync(join(cwd, 'cases', 'nested'));
    copyFileSync(join(CASES_DIR, CASE02), join(cwd, 'cases', 'nested', 'again.yml'));
    const all = json(podsmith(['lint', '--format', 'json', 'cases'], { cwd }));
    expect([...new Set(all.map((p) => p.file))]).toEqual([...CASES.map((c) => join('cases', c)), join('cases', 'nested', 'again.yml')]);
    for (const { file, k8sVersion, expect: rules } of EXPECTED) {
      const found = json(podsmith(['lint', '--format', 'json', '--k8s-version', k8sVersion, join('cases', file)], { cwd })).map((p) => p.ruleId);
      expect(found, file).toEqual(expect.arrayContaining(rules));
    }
  });

  it('honours --k8s-version: sidecar-named-port-unresolved applies before 1.32 only', () => {
    const cwd = workspace();
    const at = (version: string) => json(podsmith(['lint', '-f', 'json', '--k8s-version', version, 'cases/case11-pod-port-collisions-with-sidecar.yaml'], { cwd })).map((p) => p.ruleId);
    expect(at('1.31')).toContain('sidecar-named-port-unresolved');
    expect(at('1.32')).not.toContain('sidecar-named-port-unresolved');
  });

  it('prints JSON: one array of located findings', () => {
    const cwd = workspace();
    const problems = json(podsmith(['lint', '--format', 'json', `cases/${CASE02}`, 'clean.yaml'], { cwd }));
    expect(problems).toEqual([
      {
        file: `cases/${CASE02}`,
        documentIndex: 0,
        kind: 'Deployment',
        name: 'web',
        container: 'fluent-bit',
        ruleId: 'log-shipper-not-native',
        severity: 'warning',
        category: 'lifecycle',
        message: expect.stringMatching(/^"fluent-bit" is a log shipper/),
        path: 'spec.template.spec.containers[1]',
        yamlPath: ['spec', 'template', 'spec', 'containers', 1],
        line: 30,
        column: 9,
        endLine: 36,
        endColumn: 25,
        fixable: true,
        suggestions: [],
      },
    ]);
  });

  it('prints SARIF 2.1.0 that the schema essentials accept, with URIs relative to the current directory', () => {
    const cwd = workspace();
    const outcome = podsmith(['lint', '--format', 'sarif', '--k8s-version', '1.31', 'cases'], { cwd });
    expect(outcome.status).toBe(1);
    const log = JSON.parse(outcome.stdout);
    expect(sarifProblems(log)).toEqual([]);
    const [run] = log.runs;
    const problems = json(podsmith(['lint', '--format', 'json', '--k8s-version', '1.31', 'cases'], { cwd }));
    expect(run.results).toHaveLength(problems.length);
    run.results.forEach((result: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }, i: number) => {
      const p = problems[i] as JsonProblem;
      const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? { artifactLocation: { uri: '' }, region: { startLine: 0, startColumn: 0 } };
      expect([result.ruleId, result.level, artifactLocation.uri, region.startLine, region.startColumn]).toEqual([p.ruleId, { error: 'error', warning: 'warning', info: 'note' }[p.severity], p.file, p.line, p.column]);
    });
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it('reads stdin for -', () => {
    const cwd = workspace();
    const input = readFileSync(join(CASES_DIR, CASE02), 'utf8');
    const outcome = podsmith(['lint', '-', '--fail-on', 'warning'], { cwd, input });
    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toMatch(/^<stdin>\n {2}30:9 {2}warning .* log-shipper-not-native/);
    const named = podsmith(['lint', '-f', 'json', '--stdin-filename', 'deploy/web.yaml', '-'], { cwd, input });
    expect(json(named).map((p) => p.file)).toEqual(['deploy/web.yaml']);
  });

  // Four passes over 289 files: minutes when the machine is shared, seconds otherwise.
  it('prints the same bytes in the same order on worker threads as on one thread (the outside corpus, JSON and SARIF)', { timeout: 900_000 }, () => {
    for (const format of ['json', 'sarif']) {
      const args = ['lint', 'fixtures/corpus/outside', '-f', format];
      const one = podsmith([...args, '--concurrency', 'off'], { cwd: ROOT, timeout: 220_000 });
      const two = podsmith([...args, '--concurrency', '2'], { cwd: ROOT, timeout: 220_000 });
      expect(one.status).toBe(1);
      expect(one.stdout.length).toBeGreaterThan(100_000);
      expect(two.status).toBe(one.status);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout === one.stdout).toBe(true);
    }
  });

  it('gives the workers the ConfigMaps of every file: a Job reads the script it mounts from another file', () => {
    const cwd = tempDir('podsmith-cli-same-run-');
    writeSameRunFiles(cwd);
    const outcome = podsmith(['lint', '-f', 'json', '--concurrency', '2', 'job.yaml', 'scripts.yaml'], { cwd });
    expect(json(outcome).filter((p) => p.ruleId === 'job-blocked-by-sidecar').map((p) => p.message)).toEqual([expect.stringContaining(KILLED_BY_SCRIPT)]);
  });

  it('exits 2 for a path that cannot be read, naming it with the reason, and lints the others', () => {
    const cwd = workspace();
    const outcome = podsmith(['lint', 'missing.yaml', `cases/${CASE02}`], { cwd });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/^podsmith: missing\.yaml: no such file or directory$/m);
    expect(outcome.stdout).toMatch(/log-shipper-not-native/);
  });

  it('reports YAML that does not parse as an invalid-yaml error at its line and column, in text, JSON and SARIF (exit 1), and lints the documents that parse', () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'broken.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers: [\n---\n${CLEAN.replace('image: registry.example.com/clean:1.0.0', 'image: registry.example.com/clean:1.0.0\n        imagePullPolicyy: Always')}`);
    const text = podsmith(['lint', 'broken.yaml'], { cwd });
    expect(text.status).toBe(1);
    expect(text.stderr).toBe('');
    expect(text.stdout).toMatch(/^ {2}5:1 +error {2}.+ {2}invalid-yaml$/m);
    expect(text.stdout).toMatch(/unknown field "spec\.template\.spec\.containers\[0\]\.imagePullPolicyy" \(did you mean "imagePullPolicy"\?\) {2}unknown-field$/m);
    const json = JSON.parse(podsmith(['lint', '-f', 'json', 'broken.yaml'], { cwd }).stdout) as JsonProblem[];
    expect(json.map((p) => [p.ruleId, p.severity, p.line])).toEqual([
      ['invalid-yaml', 'error', 5],
      ['unknown-field', 'error', 20],
    ]);
    const sarifRun = podsmith(['lint', '-f', 'sarif', 'broken.yaml', 'clean.yaml'], { cwd });
    expect(sarifRun.status).toBe(1);
    const sarif = JSON.parse(sarifRun.stdout);
    expect(sarif.runs[0].invocations[0]).toMatchObject({ executionSuccessful: true, toolExecutionNotifications: [] });
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'invalid-yaml', ruleIndex: 0, level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.yaml' }, region: { startLine: 5, startColumn: 1 } } }] });
  });

  it('lints every file kubectl accepts: a quoted string continued at its key\'s indentation in a CRD, and a 2 MB install bundle', () => {
    const cwd = workspace();
    const crd = [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata: {name: widgets.example.com}',
      'spec:',
      '  versions:',
      '  - name: v1',
      '    schema:',
      '      openAPIV3Schema:',
      '        properties:',
      '          size:',
      "            description: 'How big the widget is; generated from a Go comment",
      "            that goes on at the key''s own indentation.'",
      '            type: string',
      '---',
    ].join('\n');
    // The Deployment beside the CRD is linted: its quoted port is found.
    const deployment = CLEAN.replace('containerPort: 8080', 'containerPort: "8080"');
    writeFileSync(join(cwd, 'bundle.yaml'), `${crd}\n${deployment}`);
    const outcome = podsmith(['lint', '-f', 'json', 'bundle.yaml'], { cwd });
    expect(JSON.parse(outcome.stdout).map((p: JsonProblem) => p.ruleId)).toEqual(['invalid-value-type']);
    const big = `${crd}\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: blob}\ndata:\n  blob: ${'x'.repeat(2_000_000)}\n---\n${deployment}`;
    writeFileSync(join(cwd, 'install.yaml'), big);
    const large = podsmith(['lint', '-f', 'json', 'install.yaml'], { cwd });
    expect(large.stderr).toBe('');
    expect(JSON.parse(large.stdout).map((p: JsonProblem) => p.ruleId)).toEqual(['invalid-value-type']);
    expect(large.status).toBe(1);
  });

  it('exits 1 when the warnings exceed --max-warnings, as ESLint does', () => {
    const cwd = workspace();
    const file = `cases/${CASE02}`;
    const warnings = (JSON.parse(podsmith(['lint', '-f', 'json', file], { cwd }).stdout) as JsonProblem[]).filter((p) => p.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect(podsmith(['lint', '--max-warnings', String(warnings), file], { cwd }).status).toBe(0);
    const over = podsmith(['lint', '--max-warnings', String(warnings - 1), file], { cwd });
    expect(over.status).toBe(1);
    expect(over.stdout).toMatch(new RegExp(`too many warnings \\(maximum: ${warnings - 1}\\)`));
  });

  it.each([
    [['lint', '--bogus', 'clean.yaml'], /Unknown option '--bogus'/],
    [['lint', '--k8s-version', '1.9', 'clean.yaml'], /Unsupported Kubernetes version "1.9"/],
    [['lint', '--disable', 'no-such-rule', 'clean.yaml'], /unknown rule id "no-such-rule"/],
    [['lint', '--fail-on', 'fatal', 'clean.yaml'], /"fatal" is not a severity/],
    [['lint', '--format', 'xml', 'clean.yaml'], /"xml" is not a format/],
    [['lint'], /Name the files or directories/],
    [['lint', '--config', 'nope.yaml', 'clean.yaml'], /nope\.yaml: cannot read the config file/],
  ])('exits 2 for the usage error %j', (args, message) => {
    const outcome = podsmith(args, { cwd: workspace() });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr).toMatch(/Run podsmith --help for usage/);
    expect(outcome.stdout).toBe('');
  });

  it('prints --help, --version and the rules', () => {
    const cwd = workspace();
    const help = podsmith(['--help'], { cwd });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: podsmith lint \[options\] <path…>/);
    const version = podsmith(['--version'], { cwd });
    expect(version).toMatchObject({ status: 0, stdout: `podsmith ${JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')).version}\n` });
    for (const args of [['rules'], ['--list-rules']]) {
      const rules = podsmith(args, { cwd });
      expect(rules.status).toBe(0);
      expect(rules.stdout).toMatch(/^log-shipper-not-native {2}lifecycle · warning · all versions · quick fix\n {2}.+\n {2}Why: .+\n {2}Fix: .+\n {2}Source: https:\/\//m);
    }
    const json = JSON.parse(podsmith(['rules', '-f', 'json'], { cwd }).stdout) as { id: string }[];
    expect(json.map((r) => r.id)).toContain('unknown-field');
  });

  it('reads .podsmith.yaml from the current directory; --config and flags replace it', () => {
    const cwd = workspace();
    const file = `cases/${CASE02}`;
    const quietRules = `disable: [${BEST_PRACTICE_AND_SECURITY.join(', ')}]\n`;
    writeFileSync(join(cwd, '.podsmith.yaml'), `failOn: warning\nk8sVersion: 1.33\n${quietRules}`);
    expect(podsmith(['lint', file], { cwd }).status).toBe(1);
    expect(podsmith(['lint', '--fail-on', 'error', file], { cwd }).status).toBe(0);
    writeFileSync(join(cwd, 'quiet.yaml'), `disable: [log-shipper-not-native, ${BEST_PRACTICE_AND_SECURITY.join(', ')}]\n`);
    expect(podsmith(['lint', '--config', 'quiet.yaml', file], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    writeFileSync(join(cwd, '.podsmith.yaml'), 'failOn: sometimes\n');
    const bad = podsmith(['lint', file], { cwd });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/\.podsmith\.yaml: failOn: "sometimes" is not a severity/);
  });
});

describe('podsmith lint --fix (built), on a copy of each lint case', { timeout: 60_000 }, () => {
  for (const name of CASES) {
    it(name, () => {
      const cwd = workspace();
      const file = join('cases', name);
      const version = EXPECTED.find((e) => e.file === name)?.k8sVersion ?? '1.33';
      const original = readFileSync(join(cwd, file), 'utf8');
      const before = json(podsmith(['lint', '-f', 'json', '--k8s-version', version, file], { cwd }));
      expect(before.some((p) => p.fixable)).toBe(true);

      const fixedRun = podsmith(['lint', '--fix', '-f', 'json', '--k8s-version', version, file], { cwd });
      expect(fixedRun.stderr).toBe('');
      const fixed = readFileSync(join(cwd, file), 'utf8');
      expect(fixed).not.toBe(original);

      // The fixed file parses, and the findings that had a fix are gone.
      expect(parseManifest(fixed).ok).toBe(true);
      const after = json(fixedRun);
      const key = (p: JsonProblem) => `${p.ruleId} ${p.container}`;
      const remaining = new Set(after.map(key));
      expect(before.filter((p) => p.fixable && remaining.has(key(p))).map(key)).toEqual([]);
      expect(after.filter((p) => p.fixable)).toEqual([]);
      expect(fixedRun.status).toBe(after.some((p) => p.severity === 'error') ? 1 : 0);

      // Every line a fix did not touch is unchanged: lines are kept, moved verbatim, or
      // one value changed in place (same indentation and key); comments all survive.
      const { removed, added } = lineDiff(original, fixed);
      const unmatched = [...added];
      for (const line of removed) {
        const at = unmatched.indexOf(line) >= 0 ? unmatched.indexOf(line) : unmatched.findIndex((a) => keyOfLine(a) === keyOfLine(line));
        expect(at, `removed line without a counterpart: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0);
        unmatched.splice(at, 1);
      }
      expect(removed.filter((l) => !added.includes(l)).length).toBeLessThanOrEqual(2);
      const comments = (text: string) => text.split('\n').filter((l) => l.trimStart().startsWith('#'));
      expect(comments(fixed)).toEqual(comments(original));
      expect(unmatched.every((l) => !l.trimStart().startsWith('#'))).toBe(true);

      // Nothing left to fix: a second run leaves the file as it is.
      podsmith(['lint', '--fix', '--k8s-version', version, file], { cwd });
      expect(readFileSync(join(cwd, file), 'utf8')).toBe(fixed);
    });
  }

  it('reports what it fixed in text, and leaves a file that does not parse untouched', () => {
    const cwd = workspace();
    const broken = 'kind: Pod\nspec: {containers: [\n';
    writeFileSync(join(cwd, 'broken.yaml'), broken);
    const outcome = podsmith(['lint', '--fix', 'broken.yaml', `cases/${CASE02}`], { cwd });
    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toMatch(/^broken\.yaml\n {2}\d+:\d+ {2}error {2}.+ {2}invalid-yaml$/m);
    expect(readFileSync(join(cwd, 'broken.yaml'), 'utf8')).toBe(broken);
    expect(outcome.stdout).toMatch(`✔ Fixed 1 problem in 1 file:\n  cases/${CASE02}  log-shipper-not-native\n`);
  });
});
