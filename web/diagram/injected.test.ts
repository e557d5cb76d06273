/**
 * Containers injected at admission on the diagram: drawn in their lane, said in words,
 * and out of every edit: no gesture on them produces an Edit, so the text never changes.
 */
import { describe, expect, test } from 'vitest';
import { injectedContainers } from '@podsmith/lifecycle';
import { lintManifest } from '@podsmith/lint';
import { applyEdit, parseManifest } from '@podsmith/manifest';
import { CONTAINER_TEMPLATES } from '@podsmith/patterns';
import { findingSelection } from '../store/findings';
import { injectedFacts, resolveTarget } from '../inspector/model';
import { decorateGraph } from './decorate';
import { centerOf } from './drop';
import { mountRequest, moveEdit, removalEdit } from './edits';
import type { DiagramGraph, DiagramNode } from './graph';
import { injectedNotice, keyboardMountRequest, keyboardMoveEdit } from './keyboard';
import { layoutPod } from './layout';
import { templateDropEdit } from './templateDrop';
import { podOf } from './testPods';
import { jobText } from '../../test-support/istioJob';
import { nodeSelection } from './view';

const TEXT = jobText(
  '        sidecar.istio.io/inject: "true"',
  `      restartPolicy: Never
      initContainers:
      - name: migrate
        image: example/migrate:1
      containers:
      - name: work
        image: example/batch:1
        volumeMounts:
        - name: scratch
          mountPath: /scratch
      volumes:
      - name: scratch
        emptyDir: {}
`,
);

const pod = podOf(TEXT);
const node = (g: DiagramGraph, id: string): DiagramNode => g.nodes.find((n) => n.id === id)!;

describe.each(['1.32', '1.34'])('Istio injection at %s', (version) => {
  const injected = injectedContainers(pod, version);
  const graph = layoutPod(pod, injected);
  const ghosts = graph.nodes.filter((n) => n.type === 'injected');

  test('the injected containers are drawn in their lane, after the written ones, and say so in words', () => {
    expect(ghosts.map((n) => n.id)).toEqual(['injected:istio-init', 'injected:istio-proxy']);
    const proxy = node(graph, 'injected:istio-proxy');
    expect(proxy.type === 'injected' && proxy.data.lane).toBe(version === '1.34' ? 'sidecar' : 'main');
    expect(proxy.type === 'injected' && proxy.data.by).toBe('Istio');
    expect(proxy.ariaLabel).toContain('injected by Istio at admission, not in the YAML');
    for (const ghost of ghosts) expect(ghost).toMatchObject({ draggable: false, connectable: false, deletable: false });
    // The written containers stay where they are without the injected ones: drops and moves are computed from them.
    const plain = layoutPod(pod);
    for (const n of graph.nodes.filter((x) => x.type === 'container')) expect(n.position).toEqual(node(plain, n.id).position);
    const init = node(graph, 'injected:istio-init');
    expect(init.position.x).toBeGreaterThan(node(graph, 'container:migrate').position.x);
  });

  test('no gesture on an injected container produces an Edit, and the text stays as it is', () => {
    for (const ghost of ghosts) {
      expect(removalEdit(graph, ghost.id)).toBeUndefined();
      for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const) expect(keyboardMoveEdit(graph, ghost.id, key)).toBeUndefined();
      for (const lane of graph.nodes.filter((n) => n.type === 'lane')) expect(moveEdit(graph, ghost.id, centerOf(lane))).toBeUndefined();
      expect(keyboardMountRequest(graph, ghost.id)).toBeUndefined();
      expect(mountRequest(graph, ghost.id, 'volume:scratch')).toBeUndefined();
      // Delete says why nothing happens, and how to opt out.
      expect(injectedNotice(graph, ghost.id)).toMatch(/injected by Istio at admission: it is not in the YAML.*sidecar\.istio\.io\/inject: "false"/);
    }
    expect(injectedNotice(graph, 'container:work')).toBeUndefined();
  });

  test('a template dropped on an injected container goes after the written ones; the YAML gets no injected container', () => {
    const template = CONTAINER_TEMPLATES.find((t) => t.id !== 'blank') ?? CONTAINER_TEMPLATES[0]!;
    for (const ghost of ghosts) {
      const edit = templateDropEdit(graph, pod, { kind: 'container', template }, centerOf(ghost));
      expect(edit).toMatchObject({ kind: 'addContainer', index: graph.nodes.filter((n) => n.type === 'container' && n.data.lane === (ghost.type === 'injected' && ghost.data.lane)).length });
      const applied = applyEdit(TEXT, edit!);
      expect(applied.ok && applied.text).not.toMatch(/name: istio-/);
    }
  });

  test('selecting one opens a read-only account of it: who adds it, why, how to opt out', () => {
    const proxy = node(graph, 'injected:istio-proxy');
    const selection = nodeSelection(proxy);
    expect(selection).toEqual({ type: 'injected', name: 'istio-proxy' });
    const target = resolveTarget(pod, selection, injected);
    expect(target.type).toBe('injected');
    const facts = Object.fromEntries(injectedFacts(injected.find((c) => c.name === 'istio-proxy')!));
    expect(facts['Because of']).toBe('the annotation sidecar.istio.io/inject');
    expect(facts['To opt out']).toContain('sidecar.istio.io/inject: "false"');
    // Without the injected containers (another version, or gone) the pod is shown.
    expect(resolveTarget(pod, selection, [])).toEqual({ type: 'pod' });
  });
});

test('a finding about the injected proxy is drawn on it, and clicking it selects it', () => {
  const parsed = parseManifest(TEXT);
  const findings = lintManifest(parsed, { k8sVersion: '1.32' }).findings;
  const finding = findings.find((f) => f.ruleId === 'job-blocked-by-sidecar')!;
  const injected = injectedContainers(pod, '1.32');
  const decorated = decorateGraph(layoutPod(pod, injected), pod, findings);
  const proxy = node(decorated, 'injected:istio-proxy');
  expect(proxy.type === 'injected' && proxy.data.findings).toMatchObject({ severity: 'error' });
  expect(findingSelection(finding, pod, injected)).toEqual({ type: 'injected', name: 'istio-proxy' });
});
