/**
 * The linter and the lifecycle simulator read one model: for every pod of the real corpus
 * (fixtures/corpus/real) at every supported version, the (rule, container) pairs the
 * simulation's problems name equal the findings of the lifecycle rules about order and
 * shutdown. Only rules that apply at the version count (sidecar-order, for
 * instance, is silent before 1.29, where there are no native sidecars to order). Both
 * read the ConfigMaps of the same file.
 *
 * One difference is by design: the simulator does not simulate the shutdown of a pod that
 * never finishes starting (an init container that never exits, a sidecar dropped before
 * 1.29), so a shutdown rule's finding on such a pod would be the linter's alone. No pod of
 * the corpus is one; if one comes, this test says which.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SUPPORTED_K8S_VERSIONS } from '@podsmith/lifecycle';
import { simulate } from '@podsmith/lifecycle/simulate';
import { parseManifest, projectPod } from '@podsmith/manifest';
import { describe, expect, it } from 'vitest';
import { appliesTo, lintPod, RULES, sameRunOf } from '../src';
import { CORPUS_DIR, filesBelow } from '../../../test-support/corpus';

/** The lifecycle rules that read the simulator's model, each with a timeline problem. */
const SHARED_RULES = [
  'log-shipper-not-native',
  'grace-period-exhausted',
  'sidecar-without-startup-probe',
  'job-blocked-by-sidecar',
  'init-never-exits',
  'sidecar-order',
  'sidecar-prestop-exits',
  'sidecar-startup-deadlock',
] as const;

const pods = filesBelow(CORPUS_DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .flatMap((file) => {
    const parsed = parseManifest(readFileSync(file, 'utf8'));
    return parsed.pods.flatMap((ref, i) => {
      const pod = projectPod(parsed, ref);
      return pod ? [{ name: `${relative(CORPUS_DIR, file)}#${i}`, parsed, ref, pod }] : [];
    });
  });

describe('lint and the lifecycle simulator agree on the real corpus', () => {
  for (const version of SUPPORTED_K8S_VERSIONS) {
    it(`at Kubernetes ${version}`, () => {
      const rules = RULES.filter((r) => (SHARED_RULES as readonly string[]).includes(r.id) && appliesTo(r, version));
      const ruleIds = new Set(rules.map((r) => r.id));
      const disagreements: Record<string, { lint: string[]; simulation: string[] }> = {};
      let findings = 0;
      for (const { name, parsed, ref, pod } of pods) {
        const idOf = (container: string | undefined) => pod.containers.find((c) => c.name === container && c.lane !== 'ephemeral')?.id ?? `?${container}`;
        const lint = new Set(lintPod(parsed, ref, { k8sVersion: version, rules }).findings.map((f) => `${f.ruleId} ${idOf(f.container)}`));
        const simulation = simulate(pod, { k8sVersion: version, sameRun: sameRunOf(parsed) });
        const named = new Set(simulation.problems.filter((p) => p.rule !== undefined && ruleIds.has(p.rule)).map((p) => `${p.rule} ${p.containers[0]}`));
        findings += lint.size;
        const lintOnly = [...lint].filter((x) => !named.has(x));
        const simOnly = [...named].filter((x) => !lint.has(x));
        if (lintOnly.length > 0 || simOnly.length > 0) disagreements[name] = { lint: [...lint].sort(), simulation: [...named].sort() };
      }
      expect(pods.length).toBeGreaterThan(400);
      expect(disagreements).toEqual({});
      // The comparison is not empty: the corpus raises these rules.
      if (version >= '1.29') expect(findings).toBeGreaterThan(5);
    }, 60_000);
  }
});
