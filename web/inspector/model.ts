/** What the inspector shows for a selection: pure look-ups over the PodView. */
import { INJECTORS } from '@podsmith/lifecycle';
import type { ContainerView, MountView, PodView, VolumeView } from '@podsmith/manifest';
import type { Selection } from '../store/selection';

export type Target =
  | { readonly type: 'pod' }
  | { readonly type: 'container'; readonly container: ContainerView }
  | { readonly type: 'injected'; readonly container: ContainerView }
  | { readonly type: 'volume'; readonly volume: VolumeView };

/**
 * The form to show. A selected mount opens its container; the network, nothing, or a
 * selection that no longer exists (removed in the YAML) opens the pod. `injected`: the
 * containers admission adds to the pod (store/injected.ts).
 */
export function resolveTarget(pod: PodView, selection: Selection | undefined, injected: readonly ContainerView[] = []): Target {
  switch (selection?.type) {
    case 'injected': {
      const container = injected.find((c) => c.name === selection.name);
      return container ? { type: 'injected', container } : { type: 'pod' };
    }
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

/** A value from the YAML as form text; '' when absent. Not only strings: a user may write `restartPolicy: 1`. */
export function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What the inspector says about an injected container, as term and description pairs. */
export function injectedFacts(container: ContainerView): [term: string, description: string][] {
  const injection = container.injected;
  if (!injection) return [];
  const info = INJECTORS[injection.by];
  const place = injection.path[injection.path.length - 2] === 'labels' ? 'label' : 'annotation';
  const facts: [string, string][] = [
    ['Added by', `${info.title}'s admission webhook, when the pod is created`],
    ['Because of', `the ${place} ${injection.annotation}`],
    ['Runs as', laneLabel(container)],
    ['Image', container.image],
    ['Command', [...container.command, ...container.args].join(' ') || '(the image’s own)'],
  ];
  if (container.ports.length > 0) facts.push(['Ports', container.ports.map((p) => `${p.containerPort}/${p.protocol}`).join(', ')]);
  facts.push(['In the YAML', 'No: it is shown so the diagram, the timeline and the findings are about the pod as it runs. It cannot be edited or deleted here.']);
  facts.push(['To opt out', info.optOut]);
  if (injection.by === 'istio' && place === 'annotation') {
    facts.push(['Note', `As an annotation, ${injection.annotation} takes effect only in a namespace where Istio's webhook runs (istio-injection=enabled); the label works anywhere.`]);
  }
  return facts;
}
