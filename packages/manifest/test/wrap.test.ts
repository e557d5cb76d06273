import { describe, expect, test } from 'vitest';
import { parseManifest, rangeOf, valueAt, WORKLOAD_KINDS, wrapAs, type ParsedManifest, type WorkloadKind } from '../src';
import { POD_SPEC_PATHS } from '../src/parse';
import { restartPolicyFor } from '../src/workload/kinds';
import { corpusFiles } from '../../../test-support/corpus';

const POD = `# the pod
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  labels:
    app: web # the selector's label
  annotations:
    sidecar.istio.io/inject: "false"
# about the spec
spec:
  # app first
  containers:
  - name: app
    image: nginx:1.27.3 # pinned
---
apiVersion: v1
kind: Service
metadata: {name: web}
`;

function ok(result: ReturnType<typeof wrapAs>): string {
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

function document(text: string, index = 0): Record<string, unknown> {
  return parseManifest(text).documents[index]!.value as Record<string, unknown>;
}

describe('wrap as', () => {
  test('a Pod as a Deployment: the pod spec under template.spec, labels on the template and in the selector, annotations on the pod', () => {
    const text = ok(wrapAs(POD, 0, 'Deployment'));
    expect(text).toBe(`# the pod
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels:
    app: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web # the selector's label
      annotations:
        sidecar.istio.io/inject: "false"
    # about the spec
    spec:
      # app first
      containers:
      - name: app
        image: nginx:1.27.3 # pinned
---
apiVersion: v1
kind: Service
metadata: {name: web}
`);
  });

  test('and back to a Pod gives the same text', () => {
    expect(ok(wrapAs(ok(wrapAs(POD, 0, 'Deployment')), 0, 'Pod'))).toBe(POD);
  });

  test('a Job restarts Never (OnFailure is kept); a Deployment made from it drops the key (Always is its only value)', () => {
    const job = ok(wrapAs(POD, 0, 'Job'));
    expect(valueAt(document(job), ['spec', 'template', 'spec', 'restartPolicy'])).toBe('Never');
    expect(valueAt(document(job), ['spec', 'selector'])).toBeUndefined();
    const onFailure = ok(wrapAs(POD.replace('  containers:', '  restartPolicy: OnFailure\n  containers:'), 0, 'Job'));
    expect(valueAt(document(onFailure), ['spec', 'template', 'spec', 'restartPolicy'])).toBe('OnFailure');
    const deployment = ok(wrapAs(job, 0, 'Deployment'));
    expect(valueAt(document(deployment), ['spec', 'template', 'spec'])).not.toHaveProperty('restartPolicy');
  });

  test('a CronJob gets a schedule and keeps the Job fields; a StatefulSet gets a serviceName and keeps its replicas', () => {
    const job = POD.replace('kind: Pod', 'kind: Job').replace('v1\nkind: Job', 'batch/v1\nkind: Job');
    const withBackoff = ok(wrapAs(ok(wrapAs(POD, 0, 'Job')), 0, 'Job')).replace('spec:\n  template:', 'spec:\n  backoffLimit: 2 # two retries\n  template:');
    expect(job).toContain('kind: Job');
    const cron = ok(wrapAs(withBackoff, 0, 'CronJob'));
    expect(valueAt(document(cron), ['spec', 'schedule'])).toBe('0 * * * *');
    expect(cron).toContain('      backoffLimit: 2 # two retries\n');
    expect(ok(wrapAs(cron, 0, 'Job'))).toBe(withBackoff);

    const sts = ok(wrapAs(ok(wrapAs(POD, 0, 'Deployment')).replace('spec:\n  selector', 'spec:\n  replicas: 3\n  selector'), 0, 'StatefulSet'));
    expect(valueAt(document(sts), ['spec', 'serviceName'])).toBe('web');
    expect(valueAt(document(sts), ['spec', 'replicas'])).toBe(3);
  });

  test('a pod without labels gets app: <name> on the template and in the selector', () => {
    const bare = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\nspec:\n  containers:\n  - name: a\n    image: busybox\n';
    const value = document(ok(wrapAs(bare, 0, 'DaemonSet')));
    expect(valueAt(value, ['spec', 'selector', 'matchLabels'])).toEqual({ app: 'solo' });
    expect(valueAt(value, ['spec', 'template', 'metadata', 'labels'])).toEqual({ app: 'solo' });
  });

  test('CRLF files stay CRLF', () => {
    const crlf = POD.replace(/\n/g, '\r\n');
    const text = ok(wrapAs(crlf, 0, 'ReplicaSet'));
    expect(text).not.toMatch(/[^\r]\n/);
    expect(ok(wrapAs(text, 0, 'Pod'))).toBe(crlf);
  });

  test('what cannot be wrapped says why and changes nothing', () => {
    expect(wrapAs(POD, 1, 'Deployment')).toEqual({ ok: false, error: expect.stringMatching(/Only a document that is a workload/) });
    expect(wrapAs('{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": []}}', 0, 'Job')).toEqual({
      ok: false,
      error: expect.stringMatching(/flow style \(JSON\)/),
    });
    expect(wrapAs('kind: Pod\nspec: [', 0, 'Job')).toEqual({ ok: false, error: expect.stringMatching(/errors/) });
  });
});

/* ---- the corpus: every pair of kinds ---- */

/** The pod spec's lines, de-indented, without its own restartPolicy line (the one thing a kind may change). */
function podSpecLines(parsed: ParsedManifest, index: number, kind: WorkloadKind): string[] {
  const range = rangeOf(parsed, index, POD_SPEC_PATHS[kind])!;
  const lines = parsed.text.slice(range.from, range.to).replace(/\r/g, '').split('\n');
  const column = Math.min(...lines.slice(1).filter((l) => l.trim() !== '' && !/^\s*#/.test(l)).map((l) => l.length - l.trimStart().length));
  // Comment lines keep their text; a comment at column 0 inside the spec cannot move left with it.
  return lines
    .map((l, i) => (i === 0 ? l.replace(/: \{\}$/, ':') : /^\s*#/.test(l) ? l.trim() : l.slice(column)))
    .filter((l) => !/^restartPolicy:/.test(l) && l.trim() !== '');
}

/**
 * Each corpus workload alone (the walk parses its text at every step: the whole of a
 * 40-document file 42 times per workload would take minutes), and once in its file to
 * see that the other documents are left as they were.
 */
const cases = corpusFiles().flatMap((file) => {
  const parsed = parseManifest(file.text);
  if (!parsed.ok) return [];
  return parsed.documents.flatMap((d) => {
    const kind = d.kind as WorkloadKind;
    if (!d.pod || d.pod.specPath !== POD_SPEC_PATHS[kind]) return [];
    return [{ name: `${file.name} #${d.index + 1} ${kind}`, file: file.text, index: d.index, alone: file.text.slice(d.range.from, d.range.to), kind }];
  });
});

/**
 * Every ordered pair of kinds, over the corpus: since 7 is prime, for each stride d the
 * walk i → i+d → i+2d … (mod 7) visits every kind and comes back, and the six strides
 * together take each of the 42 ordered pairs once. Each workload walks three of them
 * (the odd or the even strides, alternately: all six for all ~490 workloads is 20,000
 * wraps, minutes on a shared machine), so each pair is taken by half the workloads.
 * wrapAs checks each step itself (the pod spec's data is the same); back at the first
 * kind, the test checks the data and the pod spec's text line by line, comments included.
 */
function walks(from: WorkloadKind, strides: readonly number[] = [1, 2, 3, 4, 5, 6]): WorkloadKind[][] {
  const kinds = [from, ...WORKLOAD_KINDS.filter((k) => k !== from)];
  return strides.map((d) => Array.from({ length: 7 }, (_, i) => kinds[((i + 1) * d) % 7]!));
}

describe('every corpus workload through every ordered pair of kinds', () => {
  test('the walks take every ordered pair once', () => {
    const pairs = walks('Pod').flatMap((walk) => walk.map((to, i) => `${i === 0 ? 'Pod' : walk[i - 1]}>${to}`));
    expect(new Set(pairs).size).toBe(42);
    expect(pairs).toHaveLength(42);
  });

  test('the corpus has the workloads we expect', () => {
    expect(cases.length).toBeGreaterThanOrEqual(480);
  });

  test.each(cases.filter((c) => parseManifest(c.file).documents.length > 1))('$name: the other documents are left as they were', ({ file, index, kind }) => {
    const parsed = parseManifest(file);
    const other = kind === 'Job' ? 'Deployment' : 'Job';
    const after = parseManifest(ok(wrapAs(file, index, other)));
    for (const d of parsed.documents.filter((d) => d.index !== index)) {
      const range = after.documents[d.index]!.range;
      expect(after.text.slice(range.from, range.to)).toBe(file.slice(d.range.from, d.range.to));
    }
  });

  test.each(cases.map((c, i) => ({ ...c, strides: i % 2 === 0 ? [1, 3, 5] : [2, 4, 6] })))('$name', ({ alone: text, kind: from, strides }) => {
    const index = 0;
    const parsed = parseManifest(text);
    const spec = valueAt(parsed.documents[index]!.value, POD_SPEC_PATHS[from]) as Record<string, unknown>;
    const lines = podSpecLines(parsed, index, from);
    // The selector is carried as it is: where the corpus file's own selector does not match its labels, neither will the result's.
    const selector = valueAt(parsed.documents[index]!.value, ['spec', 'selector', 'matchLabels']);
    const labels = valueAt(parsed.documents[index]!.value, [...POD_SPEC_PATHS[from].slice(0, -1), 'metadata', 'labels']);
    const consistent = selector === undefined || Object.entries(selector as object).every(([k, v]) => (labels as Record<string, unknown> | undefined)?.[k] === v);
    let current = text;
    let restart = spec.restartPolicy;
    for (const walk of walks(from, strides)) {
      for (const to of walk) {
        const step = wrapAs(current, index, to);
        if (!step.ok) {
          // Refused only: a JSON-style (flow) document from the start, or an alias that would lose its anchor; and they say so.
          expect(step.error).toMatch(current === text ? /flow style|alias/ : /alias/);
          expect(step.error.includes('flow style') || /\*\w/.test(text)).toBe(true);
          return;
        }
        current = step.text;
        restart = restartPolicyFor(to, restart);
        if (consistent && to !== 'Pod' && to !== 'Job' && to !== 'CronJob') {
          const value = document(current, index);
          const selector = valueAt(value, ['spec', 'selector', 'matchLabels']);
          if (selector !== undefined) expect(valueAt(value, ['spec', 'template', 'metadata', 'labels'])).toMatchObject(selector as object);
        }
      }
      const after = parseManifest(current);
      expect(after.documents[index]!.kind).toBe(from);
      expect(valueAt(after.documents[index]!.value, POD_SPEC_PATHS[from])).toEqual(Object.fromEntries(Object.entries({ ...spec, restartPolicy: restart }).filter(([, v]) => v !== undefined)));
      expect(podSpecLines(after, index, from)).toEqual(lines);
    }
  });
});
