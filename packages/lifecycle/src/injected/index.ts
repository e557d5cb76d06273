/**
 * Containers that admission webhooks add to a pod (Istio, Linkerd, Vault): never in the
 * YAML, but in the pod that runs. `withInjected` is the pod as it runs, for the simulator
 * and the linter; `injectedContainers` are what the diagram draws as "injected at
 * admission".
 */
import type { ContainerView, PodView } from '@podsmith/manifest';
import { istio } from './istio';
import { linkerd } from './linkerd';
import { kubernetesMinor } from './podMeta';
import { runningPod, writtenLists } from './running';
import type { InjectContext, InjectionSettings, RunningLists } from './types';
import { vault } from './vault';

export type { InjectionSettings, InjectorId } from './types';
export { INJECTORS, ISTIO_RELEASES, LINKERD_RELEASES, VAULT_RELEASES, nativeSidecarAnnotation, type InjectorInfo } from './releases';

type Webhook = (pod: PodView, lists: RunningLists, ctx: InjectContext) => RunningLists;

/**
 * The API server calls mutating webhooks one after the other, ordered by the name of
 * their configuration (istio-sidecar-injector, linkerd-proxy-injector-webhook-config,
 * vault-agent-injector-cfg); each sees what the previous ones added.
 */
const WEBHOOKS: readonly Webhook[] = [istio, linkerd, vault];

/**
 * The pod as it runs at the target Kubernetes version (`'1.33'`), with the containers
 * the injectors add; the very same PodView when nothing is injected. Its refs and
 * `spec` are the running pod's: make edits from the written PodView.
 */
export function withInjected(pod: PodView, k8sVersion: string, settings: InjectionSettings = {}): PodView {
  const ctx: InjectContext = { k8sMinor: kubernetesMinor(k8sVersion), settings };
  const written = writtenLists(pod);
  const lists = WEBHOOKS.reduce((current, webhook) => webhook(pod, current, ctx), written);
  return lists === written ? pod : runningPod(pod, lists);
}

/** The containers admission adds, each marked `injected`, with its place in the running pod. */
export function injectedContainers(pod: PodView, k8sVersion: string, settings: InjectionSettings = {}): readonly ContainerView[] {
  return withInjected(pod, k8sVersion, settings).containers.filter((c) => c.injected !== undefined);
}
