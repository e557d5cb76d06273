/**
 * The benchmark budget, checked where it can be checked without a benchmark harness:
 * linting costs no more than the `yaml` parse of the same text, and a 60-container pod
 * lints in at most 5 ms. The machine may be busy with other work, so the absolute budget
 * uses the fastest of many warm runs (what the code costs on an idle core), and lint and
 * parse are timed in alternation, so that load slows both alike.
 */
import { readFileSync } from 'node:fs';
import { parseManifest } from '@podsmith/manifest';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { lintManifest } from '../src';
import { CORPUS_DIR, filesBelow } from '../../../test-support/corpus';

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Run a and b alternately; the median time of each. */
function alternate(a: () => void, b: () => void, runs: number): { a: number; b: number } {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(timed(a));
    tb.push(timed(b));
  }
  const median = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)] ?? Infinity;
  return { a: median(ta), b: median(tb) };
}

/** A pod with 10 native sidecars and 60 containers that share a volume, probe named ports and have preStop hooks. */
function bigPod(): string {
  const sidecars = Array.from({ length: 10 }, (_, i) => `  - {name: s${i}, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always, ports: [{containerPort: ${9000 + i}}]}\n`).join('');
  const containers = Array.from(
    { length: 60 },
    (_, i) =>
      `  - name: c${i}\n    image: registry.example.com/app${i}:1.0\n    command: [sh, -c, "tail -F /logs/${i}.log"]\n    ports: [{name: p${i}, containerPort: ${8000 + i}}]\n    readinessProbe: {httpGet: {port: p${i}}}\n    lifecycle: {preStop: {exec: {command: [sh, -c, "sleep 5"]}}}\n    volumeMounts: [{name: logs, mountPath: /logs}]\n`,
  ).join('');
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: big}\nspec:\n  initContainers:\n${sidecars}  containers:\n${containers}  volumes: [{name: logs, emptyDir: {}}]\n`;
}

describe('performance', () => {
  const text = bigPod();
  const parsed = parseManifest(text);
  const lint = () => lintManifest(parsed);

  it('lints a 60-container pod in at most 5 ms', () => {
    expect(parsed.pods).toHaveLength(1);
    for (let i = 0; i < 30; i++) lint(); // warm up
    expect(Math.min(...Array.from({ length: 50 }, () => timed(lint)))).toBeLessThanOrEqual(5);
  });

  it('lints a 60-container pod faster than yaml parses it', () => {
    const { a, b } = alternate(lint, () => parseAllDocuments(text), 15);
    expect(a).toBeLessThanOrEqual(b);
  });

  it('lints the whole corpus in less time than yaml takes to parse it', () => {
    const texts = filesBelow(CORPUS_DIR).map((f) => readFileSync(f, 'utf8'));
    const all = texts.map(parseManifest);
    const lintAll = () => all.forEach((p) => lintManifest(p));
    lintAll(); // warm up
    const { a, b } = alternate(lintAll, () => texts.forEach((t) => parseAllDocuments(t)), 1);
    expect(a).toBeLessThanOrEqual(b);
  }, 30_000);
});
