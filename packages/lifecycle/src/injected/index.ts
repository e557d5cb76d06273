/**
 * Containers that admission webhooks add to a pod (Istio, Linkerd, Vault): never in the
 * YAML, but in the pod that runs. `withInjected` is the pod as it runs, for the simulator
 * and the linter; `injectedContainers` are what the diagram draws as "injected at
 * admission".
 */
import { Derived, type ContainerView, type PodView } from '@podsmith/manifest';
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

/** The running pod and its injected containers, per written pod and version (default settings only). */
const runs = new Derived<PodView, Map<string, { readonly running: PodView; readonly injected: readonly ContainerView[] }>>('running pods');
const NONE: readonly ContainerView[] = [];

/**
 * The pod as it runs at the target Kubernetes version (`'1.33'`), with the containers
 * the injectors add; the very same PodView when nothing is injected. Its refs and
 * `spec` are the running pod's: make edits from the written PodView.
 *
 * With the default settings the result is kept per pod and version, so the linter, the
 * simulator and the diagram share one running pod (and its lifecycle model) per keystroke.
 */
export function withInjected(pod: PodView, k8sVersion: string, settings?: InjectionSettings): PodView {
  return settings ? run(pod, k8sVersion, settings).running : remembered(pod, k8sVersion).running;
}

/** The containers admission adds, each marked `injected`, with its place in the running pod; the same array while the pod and version stay. */
export function injectedContainers(pod: PodView, k8sVersion: string, settings?: InjectionSettings): readonly ContainerView[] {
  return settings ? run(pod, k8sVersion, settings).injected : remembered(pod, k8sVersion).injected;
}

function remembered(pod: PodView, k8sVersion: string) {
  const byVersion = runs.get(pod) ?? new Map();
  runs.set(pod, byVersion);
  const known = byVersion.get(k8sVersion);
  if (known) return known;
  const made = run(pod, k8sVersion, {});
  byVersion.set(k8sVersion, made);
  return made;
}

function run(pod: PodView, k8sVersion: string, settings: InjectionSettings) {
  const ctx: InjectContext = { k8sMinor: kubernetesMinor(k8sVersion), settings };
  const written = writtenLists(pod);
  const lists = WEBHOOKS.reduce((current, webhook) => webhook(pod, current, ctx), written);
  if (lists === written) return { running: pod, injected: NONE };
  const running = runningPod(pod, lists);
  return { running, injected: running.containers.filter((c) => c.injected !== undefined) };
}
