/**
 * The linter sees the pod as it runs: containers an admission webhook adds (Istio,
 * Linkerd, Vault) are linted, what is said about them is shown at the annotation that
 * causes them, and no quick fix edits them.
 */
import { applyEdit, parseManifest, type Edit } from '@podsmith/manifest';
import { describe, expect, test } from 'vitest';
import { lintManifest, quickFix, type Finding } from '../src';
import { ISTIO_JOB, jobText as job } from '../../../test-support/istioJob';

function lint(text: string, k8sVersion: string) {
  const parsed = parseManifest(text);
  return { parsed, findings: lintManifest(parsed, { k8sVersion }).findings };
}

const blocked = (findings: readonly Finding[]) => findings.filter((f) => f.ruleId === 'job-blocked-by-sidecar');

describe('a Job with Istio injection (the classic Istio Job problem)', () => {
  test('before native-by-default, the injected proxy blocks the Job: said at the annotation, in words', () => {
    const { parsed, findings } = lint(ISTIO_JOB, '1.32');
    const [finding] = blocked(findings);
    expect(finding?.container).toBe('istio-proxy');
    expect(finding?.path).toEqual(['spec', 'template', 'metadata', 'annotations', 'sidecar.istio.io/inject']);
    expect(parsed.text.slice(finding!.range!.from, finding!.range!.to)).toContain('"true"');
    expect(finding?.message).toContain('injected by Istio at admission');
  });

  test('the fix is the annotation that makes Istio inject a native sidecar, and it fixes it', () => {
    const { parsed, findings } = lint(ISTIO_JOB, '1.32');
    const finding = blocked(findings)[0]!;
    expect(finding.fixable).toBe(true);
    const edit = quickFix(finding, parsed, { k8sVersion: '1.32' });
    expect(edit).toEqual({
      kind: 'setDocumentField',
      documentIndex: 0,
      path: ['spec', 'template', 'metadata', 'annotations', 'sidecar.istio.io/nativeSidecar'],
      value: 'true',
    });
    const applied = applyEdit(parsed.text, edit!);
    expect(applied.ok && applied.text).toContain('sidecar.istio.io/nativeSidecar: "true"');
    expect(blocked(lint(applied.ok ? applied.text : '', '1.32').findings)).toEqual([]);
  });

  test('where every node runs 1.33+, Istio injects a native proxy: nothing blocks', () => {
    expect(blocked(lint(ISTIO_JOB, '1.34').findings)).toEqual([]);
  });

  test('opted out, nothing is injected', () => {
    expect(blocked(lint(job('        sidecar.istio.io/inject: "false"'), '1.32').findings)).toEqual([]);
  });

  test('without native sidecars (1.28) the finding stays, with no fix', () => {
    const finding = blocked(lint(ISTIO_JOB, '1.28').findings)[0];
    expect(finding?.container).toBe('istio-proxy');
    expect(finding?.fixable).toBe(false);
  });
});

test('a Job with a Vault agent sidecar: blocked, and no quick fix (vault-k8s has no native form)', () => {
  const { findings } = lint(job('        vault.hashicorp.com/agent-inject: "true"\n        vault.hashicorp.com/role: report'), '1.36');
  const finding = blocked(findings)[0];
  expect(finding?.container).toBe('vault-agent');
  expect(finding?.message).toContain('injected by Vault at admission');
  expect(finding?.fixable).toBe(false);
});

test('fixes about written containers still edit the written ones, though injected ones run before them', () => {
  const text = job(
    '        sidecar.istio.io/inject: "true"',
    '      restartPolicy: Never\n      containers:\n      - name: work\n        image: example/batch:1.0\n        command: ["./run-once"]\n      - name: shipper\n        image: fluent/fluent-bit:3.0\n',
  );
  const { parsed, findings } = lint(text, '1.34');
  const finding = findings.find((f) => f.ruleId === 'log-shipper-not-native' && f.container === 'shipper')!;
  const edits = flatten(quickFix(finding, parsed, { k8sVersion: '1.34' }));
  // The YAML's ref of "shipper" (containers[1]), not its place in the running pod.
  expect(edits.filter((e) => e.kind === 'moveContainer').map((e) => e.kind === 'moveContainer' && e.container)).toEqual([{ list: 'containers', index: 1 }]);
});

test('no quick fix ever writes an injected container into the YAML', () => {
  const pods = [
    ISTIO_JOB,
    job('        sidecar.istio.io/inject: "true"\n        sidecar.istio.io/interceptionMode: "NONE"'),
    job('        linkerd.io/inject: enabled\n        config.linkerd.io/proxy-enable-native-sidecar: "false"'),
    job('        vault.hashicorp.com/agent-inject: "true"'),
  ];
  let fixes = 0;
  for (const text of pods) {
    for (const version of ['1.28', '1.30', '1.34']) {
      const { parsed, findings } = lint(text, version);
      for (const finding of findings.filter((f) => f.fixable)) {
        const edit = quickFix(finding, parsed, { k8sVersion: version })!;
        const applied = applyEdit(text, edit);
        expect(applied.ok).toBe(true);
        if (applied.ok) expect(applied.text).not.toMatch(/name: (istio-|linkerd-|vault-agent)/);
        fixes++;
      }
    }
  }
  expect(fixes).toBeGreaterThan(2);
});

function flatten(edit: Edit | undefined): Edit[] {
  if (!edit) return [];
  return edit.kind === 'batch' ? edit.edits.flatMap(flatten) : [edit];
}
