import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lintManifest } from '@podsmith/lint';
import { applyEdit, applyPatch, parseManifest } from '@podsmith/manifest';
import { BLANK_POD_TEXT, EXAMPLE_TEXT, usePodsmith } from './store';
import { loadLinter } from './linter';

const TWO = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: app\n    image: nginx\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\nspec:\n  containers:\n  - name: app\n    image: nginx\n';

beforeEach(() => {
  usePodsmith.getState().importText(EXAMPLE_TEXT);
  usePodsmith.getState().setK8sVersion('1.36');
  usePodsmith.setState({ message: undefined, notice: undefined });
});

describe('imports', () => {
  it('load a text, start at its first pod, and say what happened', () => {
    const store = usePodsmith.getState();
    store.selectPod(0);
    expect(store.importText(TWO, 'two.yaml')).toBe(true);
    const state = usePodsmith.getState();
    expect(state.text).toBe(TWO);
    expect(state.podIndex).toBe(0);
    expect(state.pod?.workload.name).toBe('a');
    expect(state.message?.text).toContain('2 workloads');
  });

  it('a refused import keeps the text and explains why', () => {
    expect(usePodsmith.getState().importText('a\u0000b', 'x.bin')).toBe(false);
    const state = usePodsmith.getState();
    expect(state.text).toBe(EXAMPLE_TEXT);
    expect(state.message?.tone).toBe('error');
  });

  it('a broken import does not show the previous file', () => {
    usePodsmith.getState().importText('kind: Pod\nmetadata: {\n');
    const state = usePodsmith.getState();
    expect(state.stale).toBe(true);
    expect(state.pod).toBeUndefined();
  });

  it('typing after an import clears the info message but keeps a warning', () => {
    usePodsmith.getState().importText(TWO);
    usePodsmith.getState().setText(TWO + '# more\n');
    expect(usePodsmith.getState().message).toBeUndefined();
    usePodsmith.getState().showMessage({ tone: 'warning', text: 'careful' });
    usePodsmith.getState().setText(TWO);
    expect(usePodsmith.getState().message?.text).toBe('careful');
  });

  it('New goes back to the example, or to a blank pod', () => {
    usePodsmith.getState().importText(TWO);
    usePodsmith.getState().startNew('example');
    expect(usePodsmith.getState().text).toBe(EXAMPLE_TEXT);
    usePodsmith.getState().startNew('blank');
    expect(usePodsmith.getState().text).toBe(BLANK_POD_TEXT);
    expect(usePodsmith.getState().pod?.containers.map((c) => c.name)).toEqual(['app']);
  });

  it('the blank pod is what the API server accepts, with no comment left from the example and no lint error', () => {
    const parsed = parseManifest(BLANK_POD_TEXT);
    expect(parsed.problems).toEqual([]);
    expect(BLANK_POD_TEXT).not.toContain('#');
    const pod = parsed.documents[0]!.value as { apiVersion: string; kind: string; metadata: { name: string }; spec: { containers: { name: string; image: string }[] } };
    expect([pod.apiVersion, pod.kind, pod.metadata.name]).toEqual(['v1', 'Pod', 'my-pod']);
    // The API server requires a name and an image for every container, and at least one container.
    expect(pod.spec.containers).toHaveLength(1);
    expect(pod.spec.containers[0]!.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    expect(pod.spec.containers[0]!.image).toMatch(/:[\w.-]+$/);
    const severities = lintManifest(parsed, { k8sVersion: '1.36' }).findings.map((f) => `${f.severity} ${f.ruleId}`);
    expect(severities.filter((s) => s.startsWith('error'))).toEqual([]);
  });
});

describe('typing', () => {
  it('keeps the views of the containers it did not touch, so the diagram redraws only the one typed in', () => {
    const before = usePodsmith.getState().pod!;
    const image = before.containers[0]!.image;
    const at = EXAMPLE_TEXT.indexOf(`image: ${image}`) + `image: ${image}`.length;
    usePodsmith.getState().setText(EXAMPLE_TEXT.slice(0, at) + 'x' + EXAMPLE_TEXT.slice(at));
    const after = usePodsmith.getState().pod!;
    expect(after.containers[0]!.image).toBe(`${image}x`);
    expect(after.containers.slice(1)).toEqual(before.containers.slice(1));
    after.containers.slice(1).forEach((c, i) => expect(c).toBe(before.containers[i + 1]));
  });
});

describe('typing in the editor', () => {
  const imageEnd = EXAMPLE_TEXT.indexOf('nginx:1.27.3') + 'nginx:1.27.3'.length;
  const typed = (chars: string) => EXAMPLE_TEXT.slice(0, imageEnd) + chars + EXAMPLE_TEXT.slice(imageEnd);
  /** Until the derivation after the paint has run (timers, under load, can fire late and out of step: wait for the state). */
  const settled = () =>
    vi.waitFor(() => {
      const state = usePodsmith.getState();
      expect(state.parsed.text).toBe(state.text);
      expect(state.linted).toBe(state.lastGood);
    });

  it('changes the text at once and derives after the paint, once for the keystrokes before it', async () => {
    const derivedTexts: string[] = [];
    const unsubscribe = usePodsmith.subscribe((state, previous) => {
      if (state.parsed !== previous.parsed) derivedTexts.push(state.parsed.text);
    });
    usePodsmith.getState().typeText(typed('x'));
    usePodsmith.getState().typeText(typed('xy'));
    expect(usePodsmith.getState().text).toBe(typed('xy'));
    expect(usePodsmith.getState().parsed.text).toBe(EXAMPLE_TEXT);
    await settled();
    unsubscribe();
    expect(derivedTexts).toEqual([typed('xy')]);
    expect(usePodsmith.getState().pod?.containers.find((c) => c.name === 'app')?.image).toBe('nginx:1.27.3xy');
  });

  it('brings the pod up to date first and the findings a frame later; settle brings both at once', async () => {
    usePodsmith.getState().setLinter(await loadLinter());
    const updates: string[] = [];
    const unsubscribe = usePodsmith.subscribe((state, previous) => {
      const changed = [state.parsed !== previous.parsed && 'pod', state.lint !== previous.lint && 'findings'].filter(Boolean);
      if (changed.length > 0) updates.push(changed.join('+'));
    });
    usePodsmith.getState().typeText(typed('-rc1'));
    await settled();
    unsubscribe();
    expect(updates).toEqual(['pod', 'findings']);
    const state = usePodsmith.getState();
    expect(state.linted).toBe(state.lastGood);
    expect(state.simulatedWith.pod).toBe(state.pod);

    usePodsmith.getState().typeText(typed('-rc2'));
    usePodsmith.getState().settle();
    const now = usePodsmith.getState();
    expect(now.parsed.text).toBe(typed('-rc2'));
    expect(now.linted).toBe(now.lastGood);
  });

  it('a diagram edit right after a keystroke applies to the typed text: the keystroke is kept', () => {
    usePodsmith.getState().typeText(typed('x'));
    const ok = usePodsmith.getState().dispatch({ kind: 'setPodField', pod: usePodsmith.getState().pod!.ref, field: ['terminationGracePeriodSeconds'], value: 45 });
    expect(ok).toBe(true);
    const { text, pod } = usePodsmith.getState();
    expect(text).toContain('nginx:1.27.3x\n');
    expect(pod?.spec.terminationGracePeriodSeconds).toBe(45);
    expect(pod?.containers.find((c) => c.name === 'app')?.image).toBe('nginx:1.27.3x');
  });

  it('the cursor selects by the typed text, not the one before it', () => {
    const inserted = '  - name: first\n    image: busybox\n';
    const at = EXAMPLE_TEXT.indexOf('  - name: app\n');
    usePodsmith.getState().typeText(EXAMPLE_TEXT.slice(0, at) + inserted + EXAMPLE_TEXT.slice(at));
    usePodsmith.getState().selectAtOffset(at + inserted.indexOf('busybox'));
    expect(usePodsmith.getState().selection).toEqual({ type: 'container', id: 'first' });
  });
});

describe('one patch per change', () => {
  it("a diagram edit hands the editor applyEdit's own patch, made for the text before it", () => {
    const before = usePodsmith.getState().text;
    const edit = { kind: 'setPodField', pod: usePodsmith.getState().pod!.ref, field: ['terminationGracePeriodSeconds'], value: 45 } as const;
    const expected = applyEdit(before, edit);
    expect(usePodsmith.getState().dispatch(edit)).toBe(true);
    const { text, lastChange } = usePodsmith.getState();
    expect(expected.ok && text).toBe(expected.ok ? expected.text : '');
    expect(lastChange?.before).toBe(before);
    expect(lastChange?.patch).toEqual(expected.ok ? expected.patch : undefined);
  });

  it('an import carries the difference from the text it replaces; typing carries none (the editor made it)', () => {
    const before = usePodsmith.getState().text;
    usePodsmith.getState().importText(TWO);
    const change = usePodsmith.getState().lastChange!;
    expect(change.before).toBe(before);
    expect(applyPatch(before, change.patch)).toBe(TWO);
    usePodsmith.getState().typeText(TWO + '#\n');
    expect(usePodsmith.getState().lastChange).toBeUndefined();
  });
});

describe('the selection', () => {
  it('follows a container renamed in the YAML, keystroke by keystroke', () => {
    usePodsmith.getState().select({ type: 'container', id: 'app' });
    const typed = (name: string) => EXAMPLE_TEXT.replace('  - name: app\n', `  - name: ${name}\n`);
    usePodsmith.getState().setText(typed('appx'));
    expect(usePodsmith.getState().selection).toEqual({ type: 'container', id: 'appx' });
    usePodsmith.getState().setText(typed('appxy'));
    expect(usePodsmith.getState().selection).toEqual({ type: 'container', id: 'appxy' });
  });
});

describe('the editor cursor', () => {
  it('selects the container under it, marked as coming from the editor', () => {
    usePodsmith.getState().selectAtOffset(EXAMPLE_TEXT.indexOf('nginx:1.27.3'));
    expect(usePodsmith.getState().selection).toEqual({ type: 'container', id: 'app' });
    expect(usePodsmith.getState().selectionOrigin).toBe('editor');
    usePodsmith.getState().select({ type: 'volume', name: 'app-logs' });
    expect(usePodsmith.getState().selectionOrigin).toBeUndefined();
  });

  it('does nothing while the text is broken', () => {
    usePodsmith.getState().setText(EXAMPLE_TEXT.replace('kind: Pod', 'kind: Pod: x'));
    usePodsmith.getState().select(undefined);
    usePodsmith.getState().selectAtOffset(EXAMPLE_TEXT.indexOf('nginx:1.27.3'));
    expect(usePodsmith.getState().selection).toBeUndefined();
  });
});

const CASE02 = readFileSync('fixtures/lint-cases/case02-deploy-fluentbit-regular-container.yaml', 'utf8');
const rules = () => usePodsmith.getState().lint?.findings.map((f) => f.ruleId);
/** CASE02 is a lint case about one lifecycle problem; it also has the best-practice and security findings of a bare Deployment. */
const lifecycleRules = () => usePodsmith.getState().lint?.findings.filter((f) => f.category === 'lifecycle').map((f) => f.ruleId);
const shipperFinding = () => usePodsmith.getState().lint!.findings.find((f) => f.ruleId === 'log-shipper-not-native')!;

describe('findings', () => {
  it('arrive with the lint package, and follow an import in the same update as the pod', async () => {
    usePodsmith.getState().setLinter(await loadLinter());
    expect(rules()).toEqual([]);
    usePodsmith.getState().importText(CASE02);
    const state = usePodsmith.getState();
    expect(lifecycleRules()).toEqual(['log-shipper-not-native']);
    expect(shipperFinding().pod).toEqual(state.pod?.ref);
  });

  it('follow the target version', async () => {
    usePodsmith.getState().setLinter(await loadLinter());
    usePodsmith.getState().setK8sVersion('1.28');
    expect(usePodsmith.getState().k8sVersion).toBe('1.28');
    expect(rules()).toEqual(['native-sidecar-unsupported-version']);
  });

  it('are kept, object and all, while the text does not parse', async () => {
    usePodsmith.getState().setLinter(await loadLinter());
    usePodsmith.getState().setText(CASE02);
    usePodsmith.getState().settle();
    const before = usePodsmith.getState().lint;
    expect(before?.findings.length).toBeGreaterThan(0);
    usePodsmith.getState().setText(CASE02.replace('kind: Deployment', 'kind: Deployment: x'));
    usePodsmith.getState().settle();
    expect(usePodsmith.getState().stale).toBe(true);
    expect(usePodsmith.getState().lint).toBe(before);
  });

  it('a click on one selects what it is about and asks the editor to show its range', async () => {
    usePodsmith.getState().setLinter(await loadLinter());
    usePodsmith.getState().importText(CASE02);
    const finding = shipperFinding();
    usePodsmith.getState().showFinding(finding);
    const state = usePodsmith.getState();
    expect(state.selection).toEqual({ type: 'container', id: 'fluent-bit' });
    expect(state.reveal).toMatchObject({ offset: finding.range!.from, to: finding.range!.to, focus: false });
  });

  it('a click on a finding of another workload brings that workload onto the diagram', async () => {
    usePodsmith.getState().setLinter(await loadLinter());
    usePodsmith.getState().importText(`${TWO}---\n${CASE02}`);
    const finding = usePodsmith.getState().lint!.findings.find((f) => f.ruleId === 'log-shipper-not-native')!;
    expect(usePodsmith.getState().pod?.workload.name).toBe('a');
    usePodsmith.getState().showFinding(finding);
    expect(usePodsmith.getState().pod?.workload.name).toBe('web');
    expect(usePodsmith.getState().selection).toEqual({ type: 'container', id: 'fluent-bit' });
  });

  it('Fix applies the quick fix as one edit', async () => {
    usePodsmith.getState().setLinter(await loadLinter());
    usePodsmith.getState().importText(CASE02);
    expect(usePodsmith.getState().applyFix(shipperFinding())).toBe(true);
    expect(usePodsmith.getState().pod?.containers.find((c) => c.name === 'fluent-bit')?.lane).toBe('sidecar');
    await vi.waitFor(() => expect(usePodsmith.getState().linted).toBe(usePodsmith.getState().lastGood));
    expect(lifecycleRules()).toEqual([]);
  });

  it('follow a diagram edit after the paint that shows it: the text and the pod at once, the findings and the timeline next', async () => {
    usePodsmith.getState().setLinter(await loadLinter());
    usePodsmith.getState().importText(CASE02);
    const shipper = usePodsmith.getState().pod!.containers.find((c) => c.name === 'fluent-bit')!;
    const updates: string[] = [];
    const unsubscribe = usePodsmith.subscribe((state, previous) => {
      const changed = [state.text !== previous.text && 'text', state.pod !== previous.pod && 'pod', state.lint !== previous.lint && 'findings', state.simulatedWith !== previous.simulatedWith && 'timeline'];
      if (changed.some(Boolean)) updates.push(changed.filter(Boolean).join('+'));
    });
    const pod = usePodsmith.getState().pod!;
    expect(usePodsmith.getState().dispatch({ kind: 'setContainerField', pod: pod.ref, container: shipper.ref, field: ['image'], value: 'fluent/fluent-bit:3.2' })).toBe(true);
    const edited = usePodsmith.getState();
    expect(edited.pod?.containers.find((c) => c.name === 'fluent-bit')?.image).toBe('fluent/fluent-bit:3.2');
    expect(edited.linted).not.toBe(edited.lastGood);
    await vi.waitFor(() => expect(usePodsmith.getState().linted).toBe(usePodsmith.getState().lastGood));
    unsubscribe();
    expect(updates).toEqual(['text+pod', 'findings+timeline']);
    expect(usePodsmith.getState().simulatedWith.pod).toBe(usePodsmith.getState().pod);
  });
});
