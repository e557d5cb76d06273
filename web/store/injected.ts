/**
 * The containers admission webhooks add to the pod being designed (Istio, Linkerd,
 * Vault), for the target version: derived from the PodView, never part of the text.
 * The same array object while neither the pod nor the version changes, so what is
 * keyed on it (the diagram's layout) is not redone.
 */
import { injectedContainers } from '@podsmith/lifecycle';
import type { ContainerView, PodView } from '@podsmith/manifest';

const cache = new WeakMap<PodView, { readonly k8sVersion: string; readonly injected: readonly ContainerView[] }>();
const NONE: readonly ContainerView[] = [];

export function injectedOf(pod: PodView, k8sVersion: string): readonly ContainerView[] {
  const cached = cache.get(pod);
  if (cached?.k8sVersion === k8sVersion) return cached.injected;
  const found = injectedContainers(pod, k8sVersion);
  const injected = found.length === 0 ? NONE : found;
  cache.set(pod, { k8sVersion, injected });
  return injected;
}
