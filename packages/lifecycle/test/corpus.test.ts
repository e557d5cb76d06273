/**
 * Every pod of the real corpus (fixtures/corpus/real, manifests written by others)
 * simulates at every supported version: the phases are well formed (events in time
 * order, spans ordered and within the phase), every problem names containers of the pod.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseManifest, projectPod } from '@podsmith/manifest';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_K8S_VERSIONS, type Phase } from '../src';
import { simulate } from '../src/simulate/simulate';
import { CORPUS_DIR, filesBelow } from '../../../test-support/corpus';

const pods = filesBelow(CORPUS_DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .flatMap((file) => {
    const parsed = parseManifest(readFileSync(file, 'utf8'));
    return parsed.pods.flatMap((ref, i) => {
      const pod = projectPod(parsed, ref);
      return pod ? [{ name: `${relative(CORPUS_DIR, file)}#${i}`, pod }] : [];
    });
  });

/** What is wrong with a phase's shape, in words; empty when nothing is. */
function malformed(phase: Phase): string[] {
  const wrong: string[] = [];
  phase.events.forEach((e, i) => {
    if (i > 0 && e.at < (phase.events[i - 1]?.at ?? 0)) wrong.push(`event ${i} out of order`);
    if (!(e.at >= 0) || e.text.length === 0) wrong.push(`event ${i}: ${e.at} ${e.text}`);
  });
  for (const t of phase.tracks) {
    t.spans.forEach((s, i) => {
      if (s.to !== undefined && s.to <= s.from) wrong.push(`${t.container}: empty span ${i}`);
      const next = t.spans[i + 1];
      if (next && s.to !== next.from) wrong.push(`${t.container}: gap or overlap after span ${i}`);
      if (phase.end !== undefined && (s.to === undefined || s.to > phase.end)) wrong.push(`${t.container}: span ${i} past the phase's end`);
    });
  }
  return wrong;
}

describe('the real corpus simulates', () => {
  it('has pods', () => expect(pods.length).toBeGreaterThan(400));
  for (const version of SUPPORTED_K8S_VERSIONS) {
    it(`at Kubernetes ${version}, every pod, well formed`, () => {
      const wrong: Record<string, string[]> = {};
      for (const { name, pod } of pods) {
        const s = simulate(pod, { k8sVersion: version });
        const ids = new Set(pod.containers.map((c) => c.id));
        const problems = s.problems.flatMap((p) => (p.containers.every((c) => ids.has(c)) && p.containers.length > 0 ? [] : [`problem ${p.kind} names ${p.containers.join(', ')}`]));
        const all = [...malformed(s.startup), ...malformed(s.shutdown), ...(s.deletion ? malformed(s.deletion) : []), ...problems];
        if (all.length > 0) wrong[name] = all;
      }
      expect(wrong).toEqual({});
    }, 60_000);
  }
});
