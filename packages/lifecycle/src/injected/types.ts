/**
 * The vocabulary of injected containers: what an admission webhook (Istio, Linkerd,
 * Vault) adds to a pod when it is created, how the pod looks as it runs, and the install
 * settings of the injectors that a manifest cannot say.
 */
import type { ContainerView, Injection, K8sContainer } from '@podsmith/manifest';

export type InjectorId = Injection['by'];

/**
 * How an injector is installed: what the cluster decides, not the manifest. Every field
 * is optional; the defaults are the newest release's own defaults (the releases tables).
 */
export interface InjectionSettings {
  readonly istio?: {
    /** `'1.26'`: the release whose behaviour to follow; default the newest known. */
    readonly release?: string;
    /** istio-cni installed: `istio-validation` instead of `istio-init`. */
    readonly cni?: boolean;
    /** istiod's ENABLE_NATIVE_SIDECARS; default the release's. */
    readonly enableNativeSidecars?: 'true' | 'false' | 'auto';
  };
  readonly linkerd?: {
    readonly release?: string;
    /** linkerd-cni installed: `linkerd-network-validator` instead of `linkerd-init`. */
    readonly cni?: boolean;
    /** The Helm value proxy.nativeSidecar; default the release's. */
    readonly nativeSidecar?: boolean;
  };
}

/** A container an injector adds: as the injector writes it, and why it is there. */
export interface Ghost {
  readonly spec: K8sContainer;
  readonly injection: Injection;
}

/** One container of the pod as it runs: one the user wrote, or one added at admission. */
export type Entry = { readonly written: ContainerView } | { readonly ghost: Ghost };

/** The pod's container lists as the kubelet receives them, in order. */
export interface RunningLists {
  readonly initContainers: readonly Entry[];
  readonly containers: readonly Entry[];
}

/** What every injector is given: the target Kubernetes minor (`33` for 1.33) and the install. */
export interface InjectContext {
  readonly k8sMinor: number;
  readonly settings: InjectionSettings;
}
