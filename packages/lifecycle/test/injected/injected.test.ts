import { describe, expect, test } from 'vitest';
import { parseManifest, projectPod, type PodView } from '@podsmith/manifest';
import { injectedContainers, withInjected, type InjectionSettings } from '../../src';

/** A Deployment with these pod template annotations (and labels), an init container and an app. */
function deployment(annotations: Record<string, string>, extra: { labels?: Record<string, string>; spec?: string } = {}): PodView {
  const lines = (record: Record<string, string>) =>
    Object.entries(record)
      .map(([k, v]) => `        ${k}: ${JSON.stringify(v)}`)
      .join('\n');
  const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels:
        app: web
${lines(extra.labels ?? {})}
      annotations:
        note: "x"
${lines(annotations)}
    spec:
${extra.spec ?? ''}      initContainers:
      - name: migrate
        image: example/migrate:1
      containers:
      - name: app
        image: example/app:1
`;
  const parsed = parseManifest(text);
  expect(parsed.ok).toBe(true);
  return projectPod(parsed, parsed.pods[0]!)!;
}

/** `name:lane` in running order, the injected ones marked with `+`. */
function shape(pod: PodView, version: string, settings?: InjectionSettings): string[] {
  return withInjected(pod, version, settings).containers.map((c) => `${c.injected ? '+' : ''}${c.name}:${c.lane}`);
}

const ISTIO = { 'sidecar.istio.io/inject': 'true' };

describe('Istio', () => {
  test('the proxy is a native sidecar where every node is 1.33+ (ENABLE_NATIVE_SIDECARS=auto), a regular container before', () => {
    const pod = deployment(ISTIO);
    expect(shape(pod, '1.33')).toEqual(['+istio-init:init', '+istio-proxy:sidecar', 'migrate:init', 'app:main']);
    expect(shape(pod, '1.32')).toEqual(['migrate:init', '+istio-init:init', 'app:main', '+istio-proxy:main']);
  });

  test('each injected container says who injects it and the annotation that causes it', () => {
    const [init, proxy] = injectedContainers(deployment(ISTIO), '1.34');
    const path = ['spec', 'template', 'metadata', 'annotations', 'sidecar.istio.io/inject'];
    expect(proxy!.injected).toEqual({ by: 'istio', annotation: 'sidecar.istio.io/inject', path });
    expect(init!.injected?.path).toEqual(path);
    // Never a node of the text: under the annotation, one path per container.
    expect(proxy!.path).toEqual([...path, 'istio-proxy']);
    expect(proxy!.image).toMatch(/\/proxyv2:/);
    expect(proxy!.args.slice(0, 2)).toEqual(['proxy', 'sidecar']);
    expect(proxy!.ports.map((p) => p.containerPort)).toEqual([15090]);
    expect(proxy!.spec.startupProbe).toBeDefined();
  });

  test('opt-outs: "false", no request at all, the label over the annotation', () => {
    expect(injectedContainers(deployment({ 'sidecar.istio.io/inject': 'false' }), '1.34')).toEqual([]);
    expect(injectedContainers(deployment({}), '1.34')).toEqual([]);
    const labelled = deployment(ISTIO, { labels: { 'sidecar.istio.io/inject': 'false' } });
    expect(injectedContainers(labelled, '1.34')).toEqual([]);
    const byLabel = injectedContainers(deployment({}, { labels: { 'sidecar.istio.io/inject': 'true' } }), '1.34');
    expect(byLabel.map((c) => c.injected?.path.at(-2))).toEqual(['labels', 'labels']);
  });

  test('sidecar.istio.io/nativeSidecar decides over the cluster default, from the release that reads it', () => {
    expect(shape(deployment({ ...ISTIO, 'sidecar.istio.io/nativeSidecar': 'true' }), '1.30')).toContain('+istio-proxy:sidecar');
    expect(shape(deployment({ ...ISTIO, 'sidecar.istio.io/nativeSidecar': 'false' }), '1.35')).toContain('+istio-proxy:main');
    // Istio 1.23 had no annotation, and native sidecars off unless istiod was told.
    expect(shape(deployment({ ...ISTIO, 'sidecar.istio.io/nativeSidecar': 'true' }), '1.35', { istio: { release: '1.23' } })).toContain('+istio-proxy:main');
    expect(shape(deployment(ISTIO), '1.35', { istio: { release: '1.26' } })).toContain('+istio-proxy:main');
    expect(shape(deployment(ISTIO), '1.30', { istio: { release: '1.26', enableNativeSidecars: 'true' } })).toContain('+istio-proxy:sidecar');
  });

  test('pods already injected, on the host network, or without interception', () => {
    expect(injectedContainers(deployment({ ...ISTIO, 'sidecar.istio.io/status': '{}' }), '1.34')).toEqual([]);
    expect(injectedContainers(deployment(ISTIO, { spec: '      hostNetwork: true\n' }), '1.34')).toEqual([]);
    expect(shape(deployment({ ...ISTIO, 'sidecar.istio.io/interceptionMode': 'NONE' }), '1.34')).toEqual(['+istio-proxy:sidecar', 'migrate:init', 'app:main']);
  });

  test('with istio-cni, istio-validation runs first in either mode', () => {
    expect(shape(deployment(ISTIO), '1.32', { istio: { cni: true } })).toEqual(['+istio-validation:init', 'migrate:init', 'app:main', '+istio-proxy:main']);
  });

  test('holdApplicationUntilProxyStarts puts a regular proxy first, waiting in postStart', () => {
    const held = deployment({ ...ISTIO, 'proxy.istio.io/config': 'holdApplicationUntilProxyStarts: true' });
    expect(shape(held, '1.32')).toEqual(['migrate:init', '+istio-init:init', '+istio-proxy:main', 'app:main']);
    const proxy = injectedContainers(held, '1.32').find((c) => c.name === 'istio-proxy')!;
    expect(proxy.spec.lifecycle).toEqual({ postStart: { exec: { command: ['pilot-agent', 'wait'] } } });
  });

  test('the gateway template fills in the proxy as the workload', () => {
    const [proxy] = injectedContainers(deployment({ ...ISTIO, 'inject.istio.io/templates': 'gateway' }), '1.34');
    expect(proxy!.lane).toBe('main');
    expect(proxy!.args.slice(0, 2)).toEqual(['proxy', 'router']);
  });
});

describe('Linkerd', () => {
  const LINKERD = { 'linkerd.io/inject': 'enabled' };

  test('2.20 injects a native proxy by default: linkerd-init, linkerd-proxy, then the pod init containers', () => {
    expect(shape(deployment(LINKERD), '1.33')).toEqual(['+linkerd-init:init', '+linkerd-proxy:sidecar', 'migrate:init', 'app:main']);
    const proxy = injectedContainers(deployment(LINKERD), '1.33').find((c) => c.name === 'linkerd-proxy')!;
    expect(proxy.spec.startupProbe).toBeDefined();
  });

  test('before 2.20: linkerd-init last, the proxy first holding the app unless proxy-await is disabled', () => {
    const old = { linkerd: { release: '2.19' } };
    expect(shape(deployment(LINKERD), '1.33', old)).toEqual(['migrate:init', '+linkerd-init:init', '+linkerd-proxy:main', 'app:main']);
    expect(shape(deployment({ ...LINKERD, 'config.linkerd.io/proxy-await': 'disabled' }), '1.33', old)).toEqual([
      'migrate:init',
      '+linkerd-init:init',
      'app:main',
      '+linkerd-proxy:main',
    ]);
    expect(shape(deployment({ ...LINKERD, 'config.alpha.linkerd.io/proxy-enable-native-sidecar': 'true' }), '1.33', old)).toContain('+linkerd-proxy:sidecar');
    // The annotation name 2.20 reads is unknown to 2.19.
    expect(shape(deployment({ ...LINKERD, 'config.linkerd.io/proxy-enable-native-sidecar': 'true' }), '1.33', old)).toContain('+linkerd-proxy:main');
  });

  test('opting out per pod, or of native sidecars', () => {
    expect(injectedContainers(deployment({ 'linkerd.io/inject': 'disabled' }), '1.33')).toEqual([]);
    expect(shape(deployment({ ...LINKERD, 'config.linkerd.io/proxy-enable-native-sidecar': 'false' }), '1.33')).toContain('+linkerd-proxy:main');
  });

  test('a pod with a proxy already is left alone; the debug sidecar comes on request', () => {
    const injected = parseManifest('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    linkerd.io/inject: enabled\nspec:\n  containers:\n  - name: app\n  - name: linkerd-proxy\n');
    expect(injectedContainers(projectPod(injected, injected.pods[0]!)!, '1.33')).toEqual([]);
    expect(shape(deployment({ ...LINKERD, 'config.linkerd.io/enable-debug-sidecar': 'true' }), '1.33')).toContain('+linkerd-debug:main');
  });
});

describe('Vault', () => {
  const VAULT = { 'vault.hashicorp.com/agent-inject': 'true' };

  test('an init agent last among the init containers and a regular agent last: never native, whatever the version', () => {
    expect(shape(deployment(VAULT), '1.36')).toEqual(['migrate:init', '+vault-agent-init:init', 'app:main', '+vault-agent:main']);
  });

  test('the init agent exits after rendering the secrets; the sidecar does not', () => {
    const config = (name: string) => {
      const env = injectedContainers(deployment(VAULT), '1.36').find((c) => c.name === name)!.spec.env as { value: string }[];
      return JSON.parse(atob(env[0]!.value)) as { exit_after_auth: boolean };
    };
    expect(config('vault-agent-init').exit_after_auth).toBe(true);
    expect(config('vault-agent').exit_after_auth).toBe(false);
  });

  test('agent-pre-populate, agent-pre-populate-only and agent-init-first', () => {
    expect(shape(deployment({ ...VAULT, 'vault.hashicorp.com/agent-pre-populate': 'false' }), '1.36')).toEqual(['migrate:init', 'app:main', '+vault-agent:main']);
    expect(shape(deployment({ ...VAULT, 'vault.hashicorp.com/agent-pre-populate-only': 'true' }), '1.36')).toEqual(['migrate:init', '+vault-agent-init:init', 'app:main']);
    expect(shape(deployment({ ...VAULT, 'vault.hashicorp.com/agent-init-first': 'true' }), '1.36')).toEqual([
      '+vault-agent-init:init',
      'migrate:init',
      'app:main',
      '+vault-agent:main',
    ]);
  });

  test('no injection when not asked, asked with a non-boolean, or already done', () => {
    expect(injectedContainers(deployment({ 'vault.hashicorp.com/agent-inject': 'false' }), '1.36')).toEqual([]);
    expect(injectedContainers(deployment({ 'vault.hashicorp.com/agent-inject': 'yes please' }), '1.36')).toEqual([]);
    expect(injectedContainers(deployment({ ...VAULT, 'vault.hashicorp.com/agent-inject-status': 'injected' }), '1.36')).toEqual([]);
  });

  test('webhooks run in the order of their names: vault-k8s sees what Istio added', () => {
    const both = deployment({ ...ISTIO, ...VAULT, 'vault.hashicorp.com/agent-init-first': 'true' });
    expect(shape(both, '1.34')).toEqual(['+vault-agent-init:init', '+istio-init:init', '+istio-proxy:sidecar', 'migrate:init', 'app:main', '+vault-agent:main']);
  });
});

describe('withInjected: the pod as it runs', () => {
  test('the same PodView when nothing is injected', () => {
    const pod = deployment({});
    expect(withInjected(pod, '1.34')).toBe(pod);
  });

  test('refs and spec are the running pod’s; a written container keeps its path into the text', () => {
    const written = deployment(ISTIO);
    const running = withInjected(written, '1.34');
    const migrate = running.containers.find((c) => c.name === 'migrate')!;
    expect(migrate.ref).toEqual({ list: 'initContainers', index: 2 });
    expect(migrate.initOrder).toBe(3);
    expect(migrate.path).toEqual(written.containers.find((c) => c.name === 'migrate')!.path);
    for (const c of running.containers) expect(running.spec[c.ref.list]![c.ref.index]).toBe(c.spec);
    // The written pod is untouched.
    expect(written.containers.map((c) => c.name)).toEqual(['migrate', 'app']);
  });

  test('a version that is not one is refused', () => {
    expect(() => withInjected(deployment(ISTIO), 'latest')).toThrow(RangeError);
  });
});
