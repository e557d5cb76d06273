import { describe, expect, test } from 'vitest';
import { describePod, lineColumnOf, offsetOf, parseManifest, pathAt, projectPod, rangeOf, valueAt, type ParsedManifest } from '../src';

const DEPLOYMENT = `# a comment
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations: {team: a}
    spec:
      initContainers:
      - name: wait
        image: busybox:1.36
      - name: proxy
        image: envoy:1
        restartPolicy: Always
        ports: [{containerPort: 15001}]
      containers:
      - name: app
        image: nginx:1.27
        ports:
        - {name: http, containerPort: 8080, protocol: UDP}
        volumeMounts:
        - {name: data, mountPath: /data, readOnly: true, subPath: x}
      volumes:
      - name: data
        configMap: {name: cfg}
---
apiVersion: v1
kind: Service
metadata: {name: web}
`;

describe('parseManifest', () => {
  test('finds the pod template of each workload kind', () => {
    const kinds = { Pod: 'spec', Deployment: 'spec.template.spec', StatefulSet: 'spec.template.spec', DaemonSet: 'spec.template.spec', ReplicaSet: 'spec.template.spec', Job: 'spec.template.spec', CronJob: 'spec.jobTemplate.spec.template.spec' };
    for (const [kind, path] of Object.entries(kinds)) {
      const keys = path.split('.');
      const body = keys.map((k, i) => `${'  '.repeat(i)}${k}:`).join('\n') + `\n${'  '.repeat(keys.length)}containers: [{name: a, image: b}]\n`;
      const parsed = parseManifest(`kind: ${kind}\nmetadata: {name: x}\n${body}`);
      expect(parsed.pods, kind).toEqual([{ documentIndex: 0, specPath: keys }]);
    }
  });

  test('keeps documents that hold no pod, and lists List items', () => {
    const parsed = parseManifest(DEPLOYMENT);
    expect(parsed.documents.map((d) => [d.kind, d.name, d.pod !== undefined])).toEqual([
      ['Deployment', 'web', true],
      ['Service', 'web', false],
    ]);
    const list = parseManifest('kind: List\nitems:\n- kind: Service\n- kind: Job\n  metadata: {name: j}\n  spec: {template: {spec: {containers: []}}}\n');
    expect(list.pods).toEqual([{ documentIndex: 0, specPath: ['items', 1, 'spec', 'template', 'spec'] }]);
    expect(describePod(list, list.pods[0]!)).toBe('Job j');
  });

  test('reports invalid YAML at its position and is not ok', () => {
    const parsed = parseManifest('kind: Pod\nspec:\n  containers: [a\n');
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[0]).toMatchObject({ severity: 'error', code: 'yaml' });
    expect(parsed.problems[0]!.range.from).toBeGreaterThan(10);
  });

  test('refuses a YAML bomb without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = performance.now();
    const parsed = parseManifest(bomb.join('\n'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[0]!.message).toMatch(/YAML bomb/);
  });

  test('refuses binary and oversized text with a clear message', () => {
    expect(parseManifest('kind: Pod\u0000\u0001').problems[0]).toMatchObject({ code: 'binary', message: expect.stringMatching(/binary file/) });
    const big = parseManifest('#'.repeat(5_000_000));
    expect(big.problems[0]).toMatchObject({ code: 'too-large', message: expect.stringMatching(/5\.0 MB/) });
  });

  test('lifts the size limit when asked (the CLI), and a refused text is not cached for the next call', () => {
    const deployment = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: big}\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: b}]\n`;
    const big = `${deployment}---\napiVersion: v1\nkind: ConfigMap\ndata: {blob: ${'x'.repeat(2_000_000)}}\n`;
    expect(parseManifest(big).problems[0]).toMatchObject({ code: 'too-large', message: expect.stringMatching(/2\.0 MB; Podsmith designs manifests up to 1 MB/) });
    const lifted = parseManifest(big, { maxBytes: Infinity });
    expect(lifted).toMatchObject({ ok: true, pods: [{ documentIndex: 0 }] });
    expect(parseManifest(big).ok).toBe(false);
  });

  test('reads a quoted string continued on lines indented no deeper than its key as kubectl does, offsets kept', () => {
    const crd = [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'spec:',
      '  versions:',
      '  - schema:',
      '      openAPIV3Schema:',
      '        properties:',
      '          foo:',
      "            description: 'A description the Go comments wrote,",
      "            and a line that is not indented deeper: it''s fine for go-yaml'",
      '            type: string',
      '          bar: {type: string, description: "two',
      '  lines"}',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers: [{name: a, image: b}]',
      '',
    ].join('\n');
    const parsed = parseManifest(crd);
    expect(parsed.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(parsed.problems[0]!.message).toMatch(/kubectl accepts it/);
    const properties = (parsed.documents[0]!.value as { spec: { versions: { schema: { openAPIV3Schema: { properties: Record<string, { description: string; type: string }> } } }[] } }).spec.versions[0]!.schema.openAPIV3Schema.properties;
    expect(properties.foo).toEqual({ description: "A description the Go comments wrote,             and a line that is not indented deeper: it's fine for go-yaml", type: 'string' });
    expect(properties.bar!.description).toBe('two   lines');
    expect(parsed.pods).toEqual([{ documentIndex: 1, specPath: ['spec'] }]);
    expect(parsed.documents[1]!.range.from).toBe(crd.indexOf('---'));
  });

  test('a document that does not parse leaves the others parsed', () => {
    const parsed = parseManifest('kind: Pod\nspec: [a\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: a, image: b}]\n');
    expect(parsed.ok).toBe(false);
    expect(parsed.documents[0]!.value).toBeUndefined();
    expect(parsed.pods).toEqual([{ documentIndex: 1, specPath: ['spec'] }]);
  });

  test('an empty text is fine and has no pods', () => {
    expect(parseManifest('')).toMatchObject({ ok: true, pods: [] });
  });

  test('keys like __proto__ are plain data', () => {
    const parsed = parseManifest('__proto__: {polluted: true}\nkind: Pod\nspec: {containers: [{name: a, __proto__: {x: 1}}]}\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const pod = projectPod(parsed, parsed.pods[0]!)!;
    expect(pod.containers[0]!.name).toBe('a');
  });
});

describe('projectPod', () => {
  const parsed = parseManifest(DEPLOYMENT);
  const pod = projectPod(parsed, parsed.pods[0]!)!;

  test('lanes, run order and defaults', () => {
    expect(pod.containers.map((c) => [c.name, c.lane, c.initOrder])).toEqual([
      ['wait', 'init', 1],
      ['proxy', 'sidecar', 2],
      ['app', 'main', undefined],
    ]);
    expect(pod.containers[1]!.ports[0]).toMatchObject({ containerPort: 15001, protocol: 'TCP' });
    expect(pod.containers[2]!.ports[0]).toMatchObject({ name: 'http', protocol: 'UDP' });
  });

  test('mounts, volumes, workload and annotations', () => {
    expect(pod.containers[2]!.mounts[0]).toMatchObject({ volume: 'data', mountPath: '/data', readOnly: true, subPath: 'x' });
    expect(pod.volumes[0]).toMatchObject({ name: 'data', type: 'configMap' });
    expect(pod.workload).toMatchObject({ kind: 'Deployment', name: 'web', path: [] });
    expect(pod.podAnnotations).toEqual({ team: 'a' });
  });

  test('every element keeps its YAML path, and paths map to text ranges and back', () => {
    const image = pod.containers[2]!.path;
    const range = rangeOf(parsed, 0, [...image, 'image'])!;
    expect(DEPLOYMENT.slice(range.from, range.to)).toBe('image: nginx:1.27');
    expect(pathAt(parsed, range.from + 8)).toEqual({ documentIndex: 0, path: [...image, 'image'] });
    // A missing field maps to its nearest parent.
    expect(rangeOf(parsed, 0, [...image, 'startupProbe'])!.from).toBe(rangeOf(parsed, 0, image)!.from);
  });

  test('duplicate names get distinct ids', () => {
    const dup = parseManifest('kind: Pod\nspec:\n  containers:\n  - name: a\n  - name: a\n');
    expect(projectPod(dup, dup.pods[0]!)!.containers.map((c) => c.id)).toEqual(['a', 'containers[1]']);
  });
});

describe('projectPod with the previous view keeps what a keystroke did not touch', () => {
  const typedAfter = (text: string, after: string, insert: string) => {
    const at = text.indexOf(after) + after.length;
    return text.slice(0, at) + insert + text.slice(at);
  };

  test('typing in one image: that container is projected anew, the other containers and the volumes are the same objects', () => {
    const first = parseManifest(DEPLOYMENT);
    const before = projectPod(first, first.pods[0]!)!;
    const next = parseManifest(typedAfter(DEPLOYMENT, 'image: envoy:1', '7'));
    const after = projectPod(next, next.pods[0]!, before)!;
    expect(after.containers[1]!.image).toBe('envoy:17');
    expect(after.containers[1]).not.toBe(before.containers[1]);
    expect(after.containers[0]).toBe(before.containers[0]);
    expect(after.containers[2]).toBe(before.containers[2]);
    expect(after.volumes[0]).toBe(before.volumes[0]);
    expect(after).toEqual(projectPod(next, next.pods[0]!));
  });

  test('typing goes on from the text parsed last, even when that one came from the cache (an undo, then a keystroke)', () => {
    const original = parseManifest(DEPLOYMENT);
    parseManifest(typedAfter(DEPLOYMENT, 'image: envoy:1', '7'));
    expect(parseManifest(DEPLOYMENT)).toBe(original);
    const next = parseManifest(typedAfter(DEPLOYMENT, 'image: nginx:1.27', 'x'));
    const initContainers = (doc: ParsedManifest) => valueAt(doc.documents[0]!.value, ['spec', 'template', 'spec', 'initContainers']);
    expect(initContainers(next)).toBe(initContainers(original));
  });

  test('a container whose id changes with an earlier name is projected anew', () => {
    const text = 'kind: Pod\nspec:\n  containers:\n  - name: x\n  - name: xb\n';
    const first = parseManifest(text);
    const before = projectPod(first, first.pods[0]!)!;
    const next = parseManifest(typedAfter(text, 'name: x', 'b'));
    const after = projectPod(next, next.pods[0]!, before)!;
    expect(after.containers.map((c) => c.id)).toEqual(['xb', 'containers[1]']);
    expect(after).toEqual(projectPod(next, next.pods[0]!));
  });

  test("another pod's view is never reused, even where YAML aliases make the data the same object", () => {
    const list = parseManifest(
      'kind: List\nitems:\n- kind: Pod\n  spec:\n    containers: &c\n    - {name: app, image: x}\n- kind: Pod\n  spec:\n    containers: *c\n',
    );
    const first = projectPod(list, list.pods[0]!)!;
    const second = projectPod(list, list.pods[1]!, first)!;
    expect(second.containers[0]!.spec).toBe(first.containers[0]!.spec);
    expect(second.containers[0]!.path).toEqual(['items', 1, 'spec', 'containers', 0]);
    expect(second).toEqual(projectPod(list, list.pods[1]!));
  });
});

test('line and column conversions are inverse', () => {
  const text = 'a\nbc\n\ndef';
  for (let offset = 0; offset <= text.length; offset++) expect(offsetOf(text, lineColumnOf(text, offset))).toBe(offset);
  expect(lineColumnOf(text, 3)).toEqual({ line: 2, column: 2 });
});

test('reads YAML the way Kubernetes does (1.1: octal modes, yes/on booleans, merge keys)', () => {
  const parsed = parseManifest('kind: Pod\nbase: &b {image: x}\nspec:\n  containers:\n  - <<: *b\n    name: a\n    tty: yes\n  volumes:\n  - name: v\n    secret: {secretName: s, defaultMode: 0644}\n');
  const pod = projectPod(parsed, parsed.pods[0]!)!;
  expect(pod.containers[0]!.spec).toEqual({ image: 'x', name: 'a', tty: true });
  expect(pod.volumes[0]!.spec).toEqual({ name: 'v', secret: { secretName: 's', defaultMode: 0o644 } });
});
