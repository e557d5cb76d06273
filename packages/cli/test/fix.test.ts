import { readFileSync } from 'node:fs';
import { lintManifest, type Rule } from '@podsmith/lint';
import { parseManifest, type Edit, type PodView } from '@podsmith/manifest';
import { describe, expect, it } from 'vitest';
import { fixText, MAX_PASSES } from '../src/fix';

const CASE02 = new URL('../../../fixtures/lint-cases/case02-deploy-fluentbit-regular-container.yaml', import.meta.url);
const CASE11 = new URL('../../../fixtures/lint-cases/case11-pod-port-collisions-with-sidecar.yaml', import.meta.url);

/** A test rule: every image tagged :latest, fixed by pinning it. */
const pinImages: Rule = {
  id: 'test-latest-image',
  category: 'best-practice',
  severity: 'warning',
  docs: { summary: 's', why: 'w', fix: 'f', link: 'https://example.com' },
  check: (pod) => pod.containers.filter((c) => c.image.endsWith(':latest')).map((c) => ({ message: `${c.name} uses :latest`, path: c.path, container: c.name })),
  fix: (finding, pod) => {
    const c = containerOf(pod, finding.container);
    return c ? [{ kind: 'setContainerField', pod: pod.ref, container: c.ref, field: ['image'], value: c.image.replace(/:latest$/, ':1.0') }] : [];
  },
};

function containerOf(pod: PodView, name: string | undefined) {
  return pod.containers.find((c) => c.name === name);
}

/** A rule whose fix is the given edit, for the container named "app". */
function ruleFixingWith(edit: (pod: PodView) => Edit, when: (image: string) => boolean = () => true): Rule {
  return {
    ...pinImages,
    id: 'test-rule',
    check: (pod) => pod.containers.filter((c) => c.name === 'app' && when(c.image)).map((c) => ({ message: 'm', path: c.path, container: c.name })),
    fix: (_finding, pod) => [edit(pod)],
  };
}

function pod(name: string, images: readonly string[]): string {
  const containers = images.map((image, i) => `  - name: c${i}\n    # container ${i}\n    image: ${image}\n`).join('');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n${containers}`;
}

describe('fixText', () => {
  it('applies one fix per pod per pass, re-linting in between, until nothing is fixable', () => {
    const text = `# three images to pin\n${pod('a', ['x:latest', 'y:latest', 'z:2'])}---\n${pod('b', ['w:latest'])}`;
    const outcome = fixText(text, { rules: [pinImages] });
    expect(outcome.applied.map((f) => f.message)).toEqual(['c0 uses :latest', 'c0 uses :latest', 'c1 uses :latest']);
    expect(outcome.passes).toBe(3); // two passes that fix, one that finds nothing left
    expect(outcome.text).toBe(text.replace(/:latest/g, ':1.0'));
  });

  it(`stops after ${MAX_PASSES} passes`, () => {
    const text = pod('a', Array.from({ length: 12 }, (_, i) => `image${i}:latest`));
    const outcome = fixText(text, { rules: [pinImages] });
    expect(outcome.passes).toBe(MAX_PASSES);
    expect(outcome.applied).toHaveLength(MAX_PASSES);
    expect(lintManifest(parseManifest(outcome.text), { rules: [pinImages] }).findings.map((f) => f.container)).toEqual(['c10', 'c11']);
  });

  it('skips a fix applyEdit refuses, and goes on with the others', () => {
    const refused = ruleFixingWith((p) => ({ kind: 'setContainerField', pod: p.ref, container: { list: 'containers', index: 99 }, field: ['image'], value: 'x' }));
    const text = pod('a', ['app:latest']).replace('c0', 'app');
    const outcome = fixText(text, { rules: [refused, pinImages] });
    expect(outcome.applied.map((f) => f.ruleId)).toEqual(['test-latest-image']);
    expect(outcome.text).toBe(text.replace(':latest', ':1.0'));
  });

  it('stops when a pass makes no progress', () => {
    const idle = ruleFixingWith((p) => ({ kind: 'setContainerField', pod: p.ref, container: { list: 'containers', index: 0 }, field: ['image'], value: 'same' }));
    const text = pod('a', ['same']).replace('c0', 'app');
    expect(fixText(text, { rules: [idle] })).toEqual({ text, applied: [], passes: 1 });
  });

  it('stops when fixes undo each other, keeping the text before the cycle closes', () => {
    const flip = ruleFixingWith((p) => ({ kind: 'setContainerField', pod: p.ref, container: { list: 'containers', index: 0 }, field: ['image'], value: p.containers[0]?.image === 'a' ? 'b' : 'a' }));
    const text = pod('p', ['a']).replace('c0', 'app');
    const outcome = fixText(text, { rules: [flip] });
    expect(outcome.text).toBe(text.replace('image: a', 'image: b'));
    expect(outcome.applied).toHaveLength(1);
  });

  it('keeps \\r\\n line ends in a file that uses them', () => {
    const text = pod('a', ['x:latest', 'y:2']).replace(/\n/g, '\r\n');
    const outcome = fixText(text, { rules: [pinImages] });
    expect(outcome.text).toBe(text.replace(':latest', ':1.0'));
    const moved = fixText(readFileSync(CASE02, 'utf8').replace(/\n/g, '\r\n'), { k8sVersion: '1.33' });
    expect(moved.applied).toHaveLength(1);
    expect(moved.text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('leaves a text that does not parse alone', () => {
    expect(fixText('a: [\n', { rules: [pinImages] })).toEqual({ text: 'a: [\n', applied: [], passes: 0 });
  });

  it('fixes a lint case with the real rules, moving the container with its text', () => {
    const text = readFileSync(CASE02, 'utf8');
    const outcome = fixText(text, { k8sVersion: '1.33' });
    expect(outcome.applied.map((f) => f.ruleId)).toEqual(['log-shipper-not-native']);
    const parsed = parseManifest(outcome.text);
    expect(parsed.ok).toBe(true);
    expect(lintManifest(parsed, { k8sVersion: '1.33' }).findings.filter((f) => f.fixable)).toEqual([]);
    // Same lines, one block moved: nothing reformatted, every comment kept.
    const sorted = (t: string) => t.split('\n').filter((l) => !/^\s*(initContainers:|restartPolicy: Always)\s*$/.test(l)).sort();
    expect(sorted(outcome.text)).toEqual(sorted(text));
    expect(outcome.text.startsWith(text.slice(0, text.indexOf('      containers:')))).toBe(true);
  });

  it('never applies a suggestion: a port collision keeps both ports, and the suggestions are only listed', () => {
    const text = readFileSync(CASE11, 'utf8');
    const outcome = fixText(text, { k8sVersion: '1.31' });
    expect(outcome.applied.map((f) => f.ruleId)).not.toContain('port-collision');
    const collision = lintManifest(parseManifest(outcome.text), { k8sVersion: '1.31' }).findings.find((f) => f.ruleId === 'port-collision');
    expect(collision?.fixable).toBe(false);
    expect(collision?.suggestions.map((s) => s.description)).toEqual(['Change "envoy"\'s containerPort 8080 to 8081', 'Change "app"\'s containerPort 8080 to 8081']);
    expect(outcome.text.match(/containerPort: 8080/g)).toHaveLength(2);
  });
});
