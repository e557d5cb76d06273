/**
 * The containers admission webhooks add to the pod being designed (Istio, Linkerd,
 * Vault), for the target version: derived from the PodView, never part of the text.
 * @podsmith/lifecycle keeps them per pod and version, so the same array comes back while
 * neither changes and what is keyed on it (the diagram's layout) is not redone.
 */
import { injectedContainers } from '@podsmith/lifecycle';
import type { ContainerView, PodView } from '@podsmith/manifest';

export function injectedOf(pod: PodView, k8sVersion: string): readonly ContainerView[] {
  return injectedContainers(pod, k8sVersion);
}
