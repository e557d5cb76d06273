/** Building the running container lists: where an injector puts what it adds. */
import type { Injection, K8sContainer } from '@podsmith/manifest';
import type { Entry, Ghost, RunningLists } from './types';

export function entryName(entry: Entry): string {
  return 'written' in entry ? entry.written.name : (entry.ghost.spec.name ?? '');
}

/** Whether a container of this name is already in the pod (written, or added by an earlier webhook). */
export function hasContainer(lists: RunningLists, name: string): boolean {
  return [...lists.initContainers, ...lists.containers].some((e) => entryName(e) === name);
}

/**
 * The ghosts for these container specs, leaving out any whose name the pod already has:
 * an injector never adds a container twice, and a user's container of the same name
 * (an override) is the one that runs.
 */
export function ghosts(lists: RunningLists, injection: Injection, specs: readonly (K8sContainer | undefined)[]): Entry[] {
  return specs.flatMap((spec) => (spec && !hasContainer(lists, spec.name ?? '') ? [{ ghost: { spec, injection } satisfies Ghost }] : []));
}
