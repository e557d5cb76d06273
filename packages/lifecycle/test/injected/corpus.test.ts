/**
 * The injectors' own test fixtures, kept in the corpus: for every input whose injected
 * output is there too, the containers the model adds must be the ones the injector
 * really added: the same names, each in the same lane (init container, native sidecar,
 * regular container), the pod's lists in the same order, and the same image repository
 * name (`proxyv2`, `proxy`: the registry is the test's own). Each pair runs with the
 * install settings its injector's test case used (istio/istio
 * pkg/kube/inject/inject_test.go, linkerd/linkerd2 cli/cmd/inject_test.go at the corpus
 * commits); nodes there run kubelet 1.33 and 1.34, so the target is 1.33.
 *
 * The inputs ask for nothing (the injectors' tests call the injector directly), so each
 * pod is first given the request a user writes: the label sidecar.istio.io/inject:
 * "true", or the annotation linkerd.io/inject: enabled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyEdit, laneOf, parseManifest, projectPod, type ContainerView, type ParsedManifest, type PodView } from '@podsmith/manifest';
import { withInjected, type InjectionSettings } from '../../src';
import { CORPUS_DIR } from '../../../../test-support/corpus';

interface Pair {
  readonly input: string;
  readonly output: string;
  readonly settings?: InjectionSettings;
  /** Why these settings, when they are not the defaults. */
  readonly why?: string;
}

const NO_NATIVE = { istio: { enableNativeSidecars: 'false' } } as const;

const ISTIO: readonly Pair[] = [
  { input: 'inject__hello.yaml', output: 'inject__hello.injected.yaml' },
  { input: 'inject__hello.yaml', output: 'inject__hello.cni.injected.yaml', settings: { istio: { cni: true } }, why: 'components.cni.enabled=true' },
  { input: 'inject__hello.yaml', output: 'inject__hello-old-version.injected.yaml', settings: NO_NATIVE, why: 'EnableNativeSidecars=false' },
  { input: 'inject__hello.yaml', output: 'inject__hello-mount-mtls-certs.injected.yaml' },
  { input: 'inject__cronjob.yaml', output: 'inject__cronjob.injected.yaml' },
  { input: 'inject__cronjob.yaml', output: 'inject__cronjob-old-version.injected.yaml', settings: NO_NATIVE, why: 'EnableNativeSidecars=false' },
  { input: 'inject__daemonset.yaml', output: 'inject__daemonset.injected.yaml' },
  { input: 'inject__daemonset.yaml', output: 'inject__daemonset-old-version.injected.yaml', settings: NO_NATIVE, why: 'EnableNativeSidecars=false' },
  { input: 'inject__gateway.yaml', output: 'inject__gateway.injected.yaml' },
  { input: 'inject__job.yaml', output: 'inject__job.injected.yaml' },
  { input: 'inject__job.yaml', output: 'inject__job-old-version.injected.yaml', settings: NO_NATIVE, why: 'EnableNativeSidecars=false' },
  { input: 'inject__multi-init.yaml', output: 'inject__multi-init.injected.yaml' },
  { input: 'inject__native-sidecar.yaml', output: 'inject__native-sidecar.injected.yaml' },
  { input: 'inject__native-sidecar.yaml', output: 'inject__native-sidecar-old-version.injected.yaml', settings: NO_NATIVE, why: 'EnableNativeSidecars=false' },
  { input: 'inject__two_container.yaml', output: 'inject__two_container.injected.yaml' },
];

const LINKERD: readonly Pair[] = [
  { input: 'inject_emojivoto_deployment.input.yaml', output: 'inject_emojivoto_deployment.golden.yaml' },
  { input: 'inject_emojivoto_deployment.input.yaml', output: 'inject_emojivoto_deployment_native_sidecar.golden.yaml', settings: { linkerd: { nativeSidecar: true } }, why: 'proxy.nativeSidecar=true' },
  { input: 'inject_emojivoto_deployment.input.yaml', output: 'inject_emojivoto_deployment_no_init_container.golden.yaml', settings: { linkerd: { cni: true } }, why: 'cniEnabled=true' },
  { input: 'inject_emojivoto_deployment_capabilities.input.yaml', output: 'inject_emojivoto_deployment_capabilities.golden.yaml' },
  { input: 'inject_emojivoto_list.input.yaml', output: 'inject_emojivoto_list.golden.yaml' },
  { input: 'inject_emojivoto_pod.input.yaml', output: 'inject_emojivoto_pod.golden.yaml' },
  {
    input: 'inject_emojivoto_pod.input.yaml',
    output: 'inject_emojivoto_pod_nativesidecar.golden.yaml',
    settings: { linkerd: { release: '2.15', nativeSidecar: true } },
    // Its proxy logs trust_dns (renamed hickory later) and linkerd-init runs the separate proxy-init image.
    why: 'a golden written by a release before 2.20, with proxy.nativeSidecar=true',
  },
  { input: 'inject_emojivoto_statefulset.input.yaml', output: 'inject_emojivoto_statefulset.golden.yaml' },
  { input: 'inject_contour.input.yaml', output: 'inject_contour.golden.yaml' },
  { input: 'inject_gettest_deployment.good.input.yaml', output: 'inject_gettest_deployment.good.golden.yaml' },
];

/**
 * Pairs of the corpus whose output is not what admission does, and why they are left out.
 * The test checks the reason still holds.
 */
const NOT_ADMISSION = [
  { dir: 'linkerd2', output: 'inject_emojivoto_cronjob.golden.yaml', reason: 'annotation-only' },
  { dir: 'linkerd2', output: 'inject_emojivoto_deployment_overridden_noinject.golden.yaml', reason: 'annotation-only' },
  { dir: 'linkerd2', output: 'inject_emojivoto_already_injected.golden.yaml', reason: 'reinjected' },
  { dir: 'linkerd2', output: 'inject_tap_deployment_debug.golden.yaml', reason: 'reinjected' },
] as const;

const TARGET = '1.33';

function read(dir: string, name: string): ParsedManifest {
  return parseManifest(readFileSync(join(CORPUS_DIR, dir, name), 'utf8'));
}

function pods(parsed: ParsedManifest): PodView[] {
  return parsed.pods.map((ref) => projectPod(parsed, ref)!);
}

/** The input with each pod asking for injection, by the app's own edits. */
function requested(parsed: ParsedManifest, key: readonly [kind: 'labels' | 'annotations', name: string, value: string]): ParsedManifest {
  let text = parsed.text;
  for (const ref of parsed.pods) {
    const path = [...ref.specPath.slice(0, -1), 'metadata', key[0], key[1]];
    const result = applyEdit(text, { kind: 'setDocumentField', documentIndex: ref.documentIndex, path, value: key[2] });
    if (!result.ok) throw new Error(result.error);
    text = result.text;
  }
  return parseManifest(text);
}

/** `registry.istio.io/testing/proxyv2:latest` → `proxyv2`. */
function repositoryName(image: string): string {
  const withoutDigest = image.split('@')[0]!;
  const lastPart = withoutDigest.split('/').pop()!;
  return lastPart.split(':')[0]!;
}

interface Seen {
  readonly list: string;
  readonly name: string;
  readonly lane: string;
}

const seen = (c: ContainerView): Seen => ({ list: c.ref.list, name: c.name, lane: c.lane });
const running = (pod: PodView) => pod.containers.filter((c) => c.ref.list !== 'ephemeralContainers');

interface Match {
  readonly pair: Pair;
  readonly podIndex: number;
  readonly model: PodView;
  readonly real: PodView;
  readonly input: PodView;
}

function matches(dir: string, pairs: readonly Pair[], ask: readonly ['labels' | 'annotations', string, string]): Match[] {
  return pairs.flatMap((pair) => {
    const inputs = pods(requested(read(dir, pair.input), ask));
    const outputs = pods(read(dir, pair.output));
    expect(outputs.length, `${pair.output}: one output pod per input pod`).toBe(inputs.length);
    return inputs.map((input, podIndex) => ({ pair, podIndex, input, model: withInjected(input, TARGET, pair.settings), real: outputs[podIndex]! }));
  });
}

const all = [
  ...matches('istio', ISTIO, ['labels', 'sidecar.istio.io/inject', 'true']),
  ...matches('linkerd2', LINKERD, ['annotations', 'linkerd.io/inject', 'enabled']),
];

describe('injected containers match the injectors’ real outputs in the corpus', () => {
  test.each(all.map((m) => [`${m.pair.output} #${m.podIndex}${m.pair.why ? ` (${m.pair.why})` : ''}`, m] as const))('%s', (_name, m) => {
    const inputNames = new Set(m.input.containers.map((c) => c.name));
    const added = running(m.real).filter((c) => !inputNames.has(c.name));
    const ghosts = running(m.model).filter((c) => c.injected);

    // The same containers added, in the same lanes: names, lists and native or not.
    expect(ghosts.map(seen)).toEqual(added.map(seen));
    // The whole pod in the same order: where the added containers sit among the user's.
    expect(running(m.model).map(seen)).toEqual(running(m.real).map(seen));
    // The lane is the one Kubernetes gives the container as the injector writes it.
    for (const c of ghosts) expect(c.lane).toBe(laneOf(c.ref.list, c.spec));
    expect(ghosts.map((c) => repositoryName(c.image))).toEqual(added.map((c) => repositoryName(c.image)));
  });

  test('the pairs cover both meshes, native and not, with and without CNI', () => {
    const lanes = new Set(all.flatMap((m) => running(m.model).filter((c) => c.injected).map((c) => `${c.injected!.by}:${c.name}:${c.lane}`)));
    expect([...lanes].sort()).toEqual([
      'istio:istio-init:init',
      'istio:istio-proxy:main',
      'istio:istio-proxy:sidecar',
      'istio:istio-validation:init',
      'linkerd:linkerd-init:init',
      'linkerd:linkerd-network-validator:init',
      'linkerd:linkerd-proxy:sidecar',
    ]);
    console.info(`injected corpus: ${new Set(all.map((m) => m.pair.output)).size} input/output file pairs, ${all.length} pods compared`);
  });

  test.each(NOT_ADMISSION)('$output is left out: $reason', ({ dir, output, reason }) => {
    const outputs = pods(read(dir, output));
    if (reason === 'annotation-only') {
      // `linkerd inject` without the proxy writes only the annotation; the webhook adds the containers at admission.
      for (const pod of outputs) {
        expect(pod.podAnnotations['linkerd.io/inject']).toBe('enabled');
        expect(pod.containers.some((c) => c.name.startsWith('linkerd-'))).toBe(false);
        // …and from that annotation the model adds them.
        expect(withInjected(pod, TARGET).containers.filter((c) => c.injected).map((c) => c.name)).toEqual(['linkerd-init', 'linkerd-proxy']);
      }
    } else {
      // The CLI removes the proxy it finds and injects again; the webhook leaves a pod with a proxy alone.
      const input = pods(read(dir, output.replace('_debug.golden', '.input').replace('.golden', '.input')));
      expect(input.some((pod) => pod.containers.some((c) => c.name === 'linkerd-proxy'))).toBe(true);
    }
  });
});
