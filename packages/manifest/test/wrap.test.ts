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

const cases = corpusFiles().flatMap((file) => {
  const parsed = parseManifest(file.text);
  if (!parsed.ok) return [];
  return parsed.documents.flatMap((d) => {
    const kind = d.kind as WorkloadKind;
    return d.pod && d.pod.specPath === POD_SPEC_PATHS[kind] ? [[`${file.name} #${d.index + 1} ${kind}`, file.text, d.index, kind] as const] : [];
  });
});

/**
 * Every ordered pair of kinds, for every corpus workload: since 7 is prime, for each
 * stride d the walk i → i+d → i+2d … (mod 7) visits every kind and comes back, and the
 * six strides together take each of the 42 ordered pairs once. wrapAs checks each step
 * itself (the pod spec's data is the same); back at the first kind, the test checks the
 * data, the pod spec's text line by line (comments included) and the other documents.
 */
function walks(from: WorkloadKind): WorkloadKind[][] {
  const kinds = [from, ...WORKLOAD_KINDS.filter((k) => k !== from)];
  return [1, 2, 3, 4, 5, 6].map((d) => Array.from({ length: 7 }, (_, i) => kinds[((i + 1) * d) % 7]!));
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

  test.each(cases)('%s', (_, text, index, from) => {
    const parsed = parseManifest(text);
    const spec = valueAt(parsed.documents[index]!.value, POD_SPEC_PATHS[from]) as Record<string, unknown>;
    const lines = podSpecLines(parsed, index, from);
    let current = text;
    let restart = spec.restartPolicy;
    for (const walk of walks(from)) {
      for (const to of walk) {
        const step = wrapAs(current, index, to);
        if (!step.ok && current === text) {
          // Only JSON-style (flow) documents and aliases that would lose their anchor are refused, and they say so.
          expect(step.error).toMatch(/flow style|alias/);
          return;
        }
        current = ok(step);
        restart = restartPolicyFor(to, restart);
        const labels = to === 'Pod' ? undefined : valueAt(document(current, index), [...POD_SPEC_PATHS[to].slice(0, -1), 'metadata', 'labels']);
        if (to !== 'Pod' && to !== 'Job' && to !== 'CronJob') expect(labels).toMatchObject(valueAt(document(current, index), ['spec', 'selector', 'matchLabels']) as object);
      }
      const after = parseManifest(current);
      expect(after.documents[index]!.kind).toBe(from);
      for (const other of parsed.documents.filter((d) => d.index !== index)) {
        const range = after.documents[other.index]!.range;
        expect(current.slice(range.from, range.to)).toBe(text.slice(other.range.from, other.range.to));
      }
      expect(valueAt(after.documents[index]!.value, POD_SPEC_PATHS[from])).toEqual(Object.fromEntries(Object.entries({ ...spec, restartPolicy: restart }).filter(([, v]) => v !== undefined)));
      expect(podSpecLines(after, index, from)).toEqual(lines);
    }
  });
});
