/** What the inspector shows for a selection: pure look-ups over the PodView. */
import type { ContainerView, MountView, PodView, VolumeView } from '@podsmith/manifest';
import type { Selection } from '../store/selection';

export type Target =
  | { readonly type: 'pod' }
  | { readonly type: 'container'; readonly container: ContainerView }
  | { readonly type: 'volume'; readonly volume: VolumeView };

/**
 * The form to show. A selected mount opens its container; the network, nothing, or a
 * selection that no longer exists (removed in the YAML) opens the pod.
 */
export function resolveTarget(pod: PodView, selection: Selection | undefined): Target {
  switch (selection?.type) {
    case 'container':
    case 'mount': {
      const id = selection.type === 'container' ? selection.id : selection.containerId;
      const container = pod.containers.find((c) => c.id === id);
      return container ? { type: 'container', container } : { type: 'pod' };
    }
    case 'volume': {
      const volume = pod.volumes.find((v) => v.name === selection.name);
      return volume ? { type: 'volume', volume } : { type: 'pod' };
    }
    default:
      return { type: 'pod' };
  }
}

export function laneLabel(container: ContainerView): string {
  switch (container.lane) {
    case 'init':
      return `init container, starts ${ordinal(container.initOrder ?? 1)} and must exit before the next one starts`;
    case 'sidecar':
      return `native sidecar (restartPolicy: Always), starts ${ordinal(container.initOrder ?? 1)} and runs beside the main containers`;
    case 'main':
      return 'main container';
    case 'ephemeral':
      return 'ephemeral container (debugging)';
  }
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export interface VolumeUse {
  readonly container: ContainerView;
  readonly mount: MountView;
}

export function mountsOf(pod: PodView, volume: string): VolumeUse[] {
  return pod.containers.flatMap((container) =>
    container.mounts.filter((m) => m.volume === volume).map((mount) => ({ container, mount })),
  );
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Pod web: 1 init, 1 native sidecar, 1 main container; 1 volume." */
export function podSummary(pod: PodView): string {
  const lanes = { init: 0, sidecar: 0, main: 0, ephemeral: 0 };
  for (const c of pod.containers) lanes[c.lane]++;
  const parts = [
    lanes.init > 0 && `${lanes.init} init`,
    lanes.sidecar > 0 && `${lanes.sidecar} native sidecar`,
    `${count(lanes.main, 'main container')}`,
    lanes.ephemeral > 0 && `${lanes.ephemeral} ephemeral`,
  ].filter(Boolean);
  const name = pod.workload.name || '(unnamed)';
  return `${pod.workload.kind} ${name}: ${parts.join(', ')}; ${count(pod.volumes.length, 'volume')}.`;
}

/** A scalar from the YAML as form text; '' when absent. Not only strings: a user may write `restartPolicy: 1`. */
export function scalarText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
