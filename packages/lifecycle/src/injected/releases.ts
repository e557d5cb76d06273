/**
 * What each injector release does about native sidecars, as data, each entry with its
 * source. A release entry holds from its version until the next entry. Image tags are
 * examples of the release: the cluster's install decides the real one.
 */
import type { InjectorId } from './types';

/** Istio's ENABLE_NATIVE_SIDECARS: `auto` means native when every node's kubelet is 1.33 or newer. */
export type IstioNativeMode = 'true' | 'false' | 'auto';

export interface IstioRelease {
  readonly version: string;
  /** The default of istiod's ENABLE_NATIVE_SIDECARS. */
  readonly nativeDefault: IstioNativeMode;
  /** The pod annotation that overrides it, when the release reads one. */
  readonly nativeAnnotation?: string;
  readonly proxyImage: string;
  readonly sources: readonly string[];
}

/** Istio's `auto` turns native sidecars on once every node runs this minor (KEP-753 GA). */
export const ISTIO_AUTO_NATIVE_SINCE_MINOR = 33;

export const ISTIO_RELEASES: readonly IstioRelease[] = [
  {
    version: '1.19',
    nativeDefault: 'false',
    proxyImage: 'docker.io/istio/proxyv2:1.19.0',
    sources: ['istio/istio pilot/pkg/features: env.Register("ENABLE_NATIVE_SIDECARS", false, ...) (istio/istio#45959)'],
  },
  {
    version: '1.24',
    nativeDefault: 'false',
    nativeAnnotation: 'sidecar.istio.io/nativeSidecar',
    proxyImage: 'docker.io/istio/proxyv2:1.24.0',
    sources: [
      'Istio 1.24 change notes: annotation sidecar.istio.io/nativeSidecar (alpha), which takes precedence over ENABLE_NATIVE_SIDECARS',
      'istio/istio pkg/kube/inject/inject_test.go TestNativeSidecarAnnotationOverride',
    ],
  },
  {
    version: '1.27',
    nativeDefault: 'auto',
    nativeAnnotation: 'sidecar.istio.io/nativeSidecar',
    proxyImage: 'docker.io/istio/proxyv2:1.27.0',
    sources: [
      'Istio 1.27 release note (istio/istio#48794): ENABLE_NATIVE_SIDECARS on by default',
      'istio/istio pkg/kube/inject/webhook.go detectNativeSidecar: auto is native only when every node kubelet is 1.33+',
      'corpus: fixtures/corpus/real/istio/inject__*.injected.yaml (native) and *-old-version.injected.yaml (ENABLE_NATIVE_SIDECARS=false)',
    ],
  },
];

export interface LinkerdRelease {
  readonly version: string;
  /** The default of the Helm value proxy.nativeSidecar. */
  readonly nativeDefault: boolean;
  /** Annotations that switch the mode per pod, the newest name first. */
  readonly nativeAnnotations: readonly string[];
  readonly proxyImage: string;
  /** The image linkerd-init runs. */
  readonly initImage: string;
  readonly sources: readonly string[];
}

export const LINKERD_RELEASES: readonly LinkerdRelease[] = [
  {
    version: '2.15',
    nativeDefault: false,
    nativeAnnotations: ['config.alpha.linkerd.io/proxy-enable-native-sidecar'],
    proxyImage: 'cr.l5d.io/linkerd/proxy:stable-2.15.0',
    initImage: 'cr.l5d.io/linkerd/proxy-init:v2.3.0',
    sources: ['linkerd/linkerd2#11465 (edge-23.11.4): config.alpha.linkerd.io/proxy-enable-native-sidecar and proxy.nativeSidecar, default false'],
  },
  {
    version: '2.19',
    nativeDefault: false,
    nativeAnnotations: ['config.beta.linkerd.io/proxy-enable-native-sidecar', 'config.alpha.linkerd.io/proxy-enable-native-sidecar'],
    proxyImage: 'cr.l5d.io/linkerd/proxy:edge-25.10.1',
    initImage: 'cr.l5d.io/linkerd/proxy-init:v2.4.2',
    sources: ['Linkerd 2.19 announcement: native sidecars beta, config.beta.linkerd.io/proxy-enable-native-sidecar'],
  },
  {
    version: '2.20',
    nativeDefault: true,
    nativeAnnotations: [
      'config.linkerd.io/proxy-enable-native-sidecar',
      'config.beta.linkerd.io/proxy-enable-native-sidecar',
      'config.alpha.linkerd.io/proxy-enable-native-sidecar',
    ],
    proxyImage: 'cr.l5d.io/linkerd/proxy:edge-26.5.1',
    initImage: 'cr.l5d.io/linkerd/proxy:edge-26.5.1',
    sources: [
      'linkerd/linkerd2#15267: native sidecars GA and on by default (proxy.nativeSidecar: true), config.linkerd.io/proxy-enable-native-sidecar',
      'linkerd/linkerd2 charts/patch/templates/patch.json: native order linkerd-init, linkerd-proxy, then the pod init containers',
      'corpus: fixtures/corpus/real/linkerd2/*.golden.yaml (linkerd-init runs the proxy image)',
    ],
  },
];

export interface VaultRelease {
  readonly version: string;
  readonly agentImage: string;
  readonly sources: readonly string[];
}

/** vault-k8s injects its agent as an init container and a regular container; no release injects a native sidecar. */
export const VAULT_RELEASES: readonly VaultRelease[] = [
  {
    version: '1.7',
    agentImage: 'hashicorp/vault:1.20.0',
    sources: [
      'hashicorp/vault-k8s agent-inject/agent/agent.go Patch(): vault-agent-init appended (first with agent-init-first), vault-agent appended to containers',
      'hashicorp/vault-k8s#620 (open) and #659 (unmerged proof of concept): no native sidecar injection',
    ],
  },
];

/** The release entry in force at `version` (the newest entry not after it); the newest when undefined. */
export function releaseAt<R extends { readonly version: string }>(releases: readonly R[], version: string | undefined): R {
  const newest = releases[releases.length - 1]!;
  if (version === undefined) return newest;
  const wanted = versionKey(version);
  return releases.filter((r) => versionKey(r.version) <= wanted).pop() ?? releases[0]!;
}

function versionKey(version: string): number {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major * 1000 + minor;
}

/** The injectors in words, for the diagram, the inspector and findings. */
export interface InjectorInfo {
  readonly title: string;
  /** What to write in the pod template to stop the injection. */
  readonly optOut: string;
  readonly docs: string;
}

export const INJECTORS: Readonly<Record<InjectorId, InjectorInfo>> = {
  istio: {
    title: 'Istio',
    optOut: 'set the label (or annotation) sidecar.istio.io/inject: "false"',
    docs: 'https://istio.io/latest/docs/setup/additional-setup/sidecar-injection/',
  },
  linkerd: {
    title: 'Linkerd',
    optOut: 'set the annotation linkerd.io/inject: disabled',
    docs: 'https://linkerd.io/2/features/proxy-injection/',
  },
  vault: {
    title: 'Vault',
    optOut: 'remove vault.hashicorp.com/agent-inject (or set it to "false"); agent-pre-populate: "false" drops the init agent, agent-pre-populate-only: "true" the sidecar',
    docs: 'https://developer.hashicorp.com/vault/docs/platform/k8s/injector/annotations',
  },
};

/** The pod annotation that makes the newest release inject its proxy as a native sidecar; none for Vault. */
export function nativeSidecarAnnotation(by: InjectorId): string | undefined {
  if (by === 'istio') return releaseAt(ISTIO_RELEASES, undefined).nativeAnnotation;
  if (by === 'linkerd') return releaseAt(LINKERD_RELEASES, undefined).nativeAnnotations[0];
  return undefined;
}
