/**
 * Native sidecars that later containers depend on, with nothing that holds their start
 * until the sidecar is ready. A sidecar counts as started as soon as its process runs,
 * unless a startupProbe or a postStart hook says otherwise ([SC]; [KEP753] "Pod startup
 * completed condition"); the next container then starts at once.
 * Read by the sidecar-without-startup-probe rule and by the simulator's startup.
 */
import type { ContainerView } from '@podsmith/manifest';
import type { PodModel } from '../pod/model';
import { declaredPorts, label, localPortsUsed, startGate, startsAfter } from '../pod/pod-facts';
import { roleNoun } from '../pod/roles';

/** What a later container waits for, by the sidecar's role. */
const READY_MEANS: Readonly<Record<string, string>> = {
  'mesh-proxy': 'can route traffic',
  'db-proxy': 'accepts database connections',
  'secret-agent': 'has fetched the secrets',
};

export interface Dependency {
  /** The container that starts too early. */
  readonly next: ContainerView;
  /** What it waits for, in words. */
  readonly ready: string;
}

/** For a sidecar with no startup gate: the later container that needs it ready, or undefined. */
export function unguardedDependency(c: ContainerView, model: PodModel): Dependency | undefined {
  if (startGate(model.defaultsOf(c))) return undefined;
  const later = startsAfter(model.pod, c);
  const first = later[0];
  if (!first) return undefined;
  const role = model.roleOf(c);
  const byRole = READY_MEANS[role.role];
  if (byRole) return { next: first, ready: `${byRole} (it is a ${roleNoun(role.role)}: ${role.reason})` };
  const ports = declaredPorts(c);
  for (const other of later) {
    const used = [...localPortsUsed(other, model.defaultsOf(other))].find((p) => ports.has(p));
    if (used !== undefined) return { next: other, ready: `listens on port ${used}, which ${label(other)} uses on localhost` };
  }
  return undefined;
}
