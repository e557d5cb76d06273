import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { looksDeindented, parseManifest } from '../../src';
import { repairIndentation } from '../../src/repair';
import { corpusFiles } from '../../../../test-support/corpus';
import { documentConforms, TABLE } from './shapeTable';

const EXAMPLE = readFileSync(join(import.meta.dirname, '../../../../web/examples/log-collector.yaml'), 'utf8');

/**
 * What a web page does to YAML: every line loses its leading whitespace. A `- ` sequence
 * indicator is kept with the content after it (`    - name: app` → `- name: app`): the
 * dash is text, not indentation, and it is what still tells a list item from a key.
 */
function deindent(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimStart())
    .join('\n');
}

/** The documents' values as Kubernetes reads them (YAML 1.1, merge keys). */
function values(text: string): unknown[] {
  return parseAllDocuments(text, { version: '1.1', merge: true }).map((d) => d.toJS({ maxAliasCount: 100 }));
}

function repaired(text: string): string {
  const result = repairIndentation(text, TABLE);
  if (!result.ok) throw new Error(`refused at line ${result.line}: ${result.reason}`);
  return result.text;
}

/** The value at a path of plain data. */
function at(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);
}

/** A line of a block scalar (`key: |`, `- >-`): its content cannot survive losing its indentation. */
const BLOCK_SCALAR = /(?::|^-)\s+[|>][-+0-9]*\s*(?:#.*)?$/m;

describe('repairIndentation', () => {
  test('the example pod, de-indented, comes back with the same values', () => {
    const broken = deindent(EXAMPLE);
    expect(looksDeindented(broken)).toBe(true);
    expect(looksDeindented(EXAMPLE)).toBe(false);
    const text = repaired(broken);
    expect(values(text)).toEqual(values(EXAMPLE));
    // Comments go with the line they are about; nothing else is added or lost.
    expect(text.split('\n').map((l) => l.trimStart())).toEqual(broken.split('\n'));
    expect(text).toContain('\n  initContainers:\n    - name: log-collector\n      image: cr.fluentbit.io');
  });

  test('metadata fields under metadata, containers under spec.template.spec, a port under its container', () => {
    const broken = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      'name: web',
      'spec:',
      'replicas: 2',
      'selector:',
      'matchLabels:',
      'app: web',
      'template:',
      'metadata:',
      'labels:',
      'app: web',
      'spec:',
      'containers:',
      '- name: app',
      'image: nginx:1.27',
      'ports:',
      '- containerPort: 80',
      '- name: metrics',
      'containerPort: 9090',
      '- name: sidecar',
      'image: busybox:1.36',
      'env:',
      '- name: MODE',
      'valueFrom:',
      'configMapKeyRef:',
      'name: settings',
      'key: mode',
      '- name: LEVEL',
      'value: debug',
      'volumes:',
      '- name: data',
      'emptyDir: {}',
      '',
    ].join('\n');
    const [deployment] = values(repaired(broken));
    expect(at(deployment, 'metadata')).toEqual({ name: 'web' });
    expect(at(deployment, 'spec', 'selector')).toEqual({ matchLabels: { app: 'web' } });
    const pod = at(deployment, 'spec', 'template', 'spec');
    expect(at(deployment, 'spec', 'template', 'metadata')).toEqual({ labels: { app: 'web' } });
    expect((at(pod, 'containers') as { name: string }[]).map((c) => c.name)).toEqual(['app', 'sidecar']);
    expect(at(pod, 'containers', 0, 'ports')).toEqual([{ containerPort: 80 }, { name: 'metrics', containerPort: 9090 }]);
    expect(at(pod, 'containers', 1, 'env')).toEqual([
      { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode' } } },
      { name: 'LEVEL', value: 'debug' },
    ]);
    expect(at(pod, 'volumes')).toEqual([{ name: 'data', emptyDir: {} }]);
  });

  test('a field both the container and the pod have is refused where both readings hold', () => {
    const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\nname: web\nspec:\ncontainers:\n- name: app\nimage: nginx\nsecurityContext:\nrunAsUser: 1000\n';
    expect(repairIndentation(broken, TABLE)).toEqual({
      ok: false,
      line: 9,
      reason: '“securityContext:” fits in two places: under spec.containers[] or under spec',
    });
    // A field only one of them has settles it.
    const pod = values(repaired(broken + 'fsGroup: 2000\n'))[0];
    expect(at(pod, 'spec', 'securityContext')).toEqual({ runAsUser: 1000, fsGroup: 2000 });
    const container = values(repaired(broken + 'allowPrivilegeEscalation: false\n'))[0];
    expect(at(container, 'spec', 'containers', 0, 'securityContext')).toEqual({ runAsUser: 1000, allowPrivilegeEscalation: false });
  });

  test('restartPolicy goes on an init container only when it is Always; otherwise it is the pod’s', () => {
    const pod = (tail: string) =>
      values(repaired(`apiVersion: v1\nkind: Pod\nmetadata:\nname: job\nspec:\ninitContainers:\n- name: shipper\nimage: fluent-bit\n${tail}containers:\n- name: app\nimage: app\nrestartPolicy: Never\n`))[0];
    expect(at(pod('restartPolicy: Always\n'), 'spec', 'initContainers', 0, 'restartPolicy')).toBe('Always');
    expect(at(pod(''), 'spec', 'restartPolicy')).toBe('Never');
    expect(at(pod(''), 'spec', 'containers', 0, 'restartPolicy')).toBeUndefined();
  });

  test('a block scalar is refused: where it ends is lost with the indentation', () => {
    const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\nname: web\nspec:\ncontainers:\n- name: app\nimage: busybox\nargs:\n- |\necho hello\nsleep 10\n';
    const result = repairIndentation(broken, TABLE);
    expect(result).toMatchObject({ ok: false, line: 10 });
    expect(!result.ok && result.reason).toMatch(/block scalar/);
  });

  test('a kind whose fields are unknown is refused, and a document that kept its indentation is kept byte for byte', () => {
    const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\nname: reader\n';
    expect(repairIndentation(role, TABLE)).toMatchObject({ ok: false, line: 1, reason: expect.stringContaining('rbac.authorization.k8s.io/v1 Role') });
    const indentedRole = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: reader\n';
    const text = repaired(`${indentedRole}---\n${deindent(EXAMPLE)}`);
    expect(text.startsWith(`${indentedRole}---\n`)).toBe(true);
    expect(values(text)[1]).toEqual(values(EXAMPLE)[0]);
  });

  test('CRLF line endings, multi-line flow lists and partly kept indentation', () => {
    const broken = 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\nname: web\r\nspec:\r\n  containers:\r\n- name: app\r\nimage: busybox\r\nargs: ["sh",\r\n"-c", "sleep 1"]\r\n';
    const text = repaired(broken);
    expect(text.split('\r\n')).toHaveLength(broken.split('\r\n').length);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(at(values(text)[0], 'spec', 'containers', 0)).toEqual({ name: 'app', image: 'busybox', args: ['sh', '-c', 'sleep 1'] });
  });

  test('an apostrophe inside a plain value is text, a quote that starts a value is a quoted scalar', () => {
    const broken = "apiVersion: v1\nkind: Pod\nmetadata:\nname: web\nannotations:\nnote: it's fine\nquoted: 'two\nlines'\nspec:\ncontainers:\n- name: app\nimage: busybox\n";
    expect(at(values(repaired(broken))[0], 'metadata', 'annotations')).toEqual({ note: "it's fine", quoted: 'two lines' });
  });

  test('a line that fits nowhere is named, and nothing is claimed', () => {
    const result = repairIndentation('apiVersion: v1\nkind: Pod\nmetadata:\nname: web\nspec:\ncontainers:\n- name: app\nimagee: busybox\n', TABLE);
    expect(result).toEqual({ ok: false, line: 8, reason: '“imagee:” does not fit under anything open at this point' });
  });

  test('hostile keys are data: __proto__ fits nowhere', () => {
    const result = repairIndentation('apiVersion: v1\nkind: Pod\nmetadata:\nname: web\n__proto__: x\n', TABLE);
    expect(result).toMatchObject({ ok: false, line: 5 });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('the real corpus, de-indented and repaired', () => {
  const files = corpusFiles().filter((f) => parseManifest(f.text).pods.length > 0);
  const tally = { tried: 0, unaffected: 0, repairedEqual: 0, refused: 0, blockScalars: 0, blockRefused: 0, invalidOriginalRepaired: 0 };

  test.each(files.map((f) => [f.name, f.text] as const))('%s', (_name, original) => {
    tally.tried++;
    const broken = deindent(original);
    const expected = values(original);
    if (isDeepStrictEqual(values(broken), expected)) {
      // JSON-style files do not need their indentation: nothing to repair.
      tally.unaffected++;
      expect(looksDeindented(broken)).toBe(false);
      return;
    }
    const result = repairIndentation(broken, TABLE);
    const hasBlock = BLOCK_SCALAR.test(broken);
    if (hasBlock) tally.blockScalars++;
    if (!result.ok) {
      tally.refused++;
      if (hasBlock) tally.blockRefused++;
      expect(result.line).toBeGreaterThan(0);
      expect(result.reason).not.toBe('');
      return;
    }
    // Whatever is claimed parses, and every document of a known kind fits its schema.
    expect(parseManifest(result.text).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const repairedValues = values(result.text);
    if (expected.every(documentConforms)) {
      expect(repairedValues).toEqual(expected);
      tally.repairedEqual++;
    } else {
      // The original itself has fields its schema does not (kube-score and polaris test bad
      // manifests): the repair can only take the reading the schema allows.
      tally.invalidOriginalRepaired++;
      expect(repairedValues.every(documentConforms)).toBe(true);
    }
  });

  test('the figures', () => {
    console.log('indentation repair over the corpus:', tally);
    expect(tally.tried).toBe(files.length);
    // Regression guard: at the time of writing 213 files come back equal.
    expect(tally.repairedEqual).toBeGreaterThanOrEqual(200);
  });
});
