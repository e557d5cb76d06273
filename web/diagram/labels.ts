/** The words the diagram shows and reads out, as pure functions of the PodView. */
import { INJECTORS } from '@podsmith/lifecycle';
import type { ContainerView, MountView, PodView, PortView, VolumeView } from '@podsmith/manifest';
import { SEVERITY_ICON } from '../findings/severity';
import type { EdgeFindings } from './graph';
import type { ClaimTemplate } from './claims';
import type { EnvReference, ReferenceKind } from './references';

/** `8080/TCP`; a port without a number shows its name, so a broken one is still visible. */
function portLabel(port: PortView): string {
  return `${port.containerPort ?? port.name ?? '?'}/${port.protocol}`;
}

export function portsLabel(ports: readonly PortView[]): string {
  return ports.map(portLabel).join(', ');
}

/** `/var/log/app · read-only · subPath: app`: read-only is written out, not only styled. */
export function mountLabel(mount: MountView): string {
  return [mount.mountPath || '(no mountPath)', mount.readOnly ? 'read-only' : undefined, mount.subPath ? `subPath: ${mount.subPath}` : undefined]
    .filter((part) => part !== undefined)
    .join(' · ');
}

/** A name to show for a container or volume whose name is missing in the YAML. */
export function displayName(name: string): string {
  return name === '' ? '(unnamed)' : name;
}

/** `Pod web`, `Deployment api`. */
export function podTitle(pod: PodView): string {
  return `${pod.workload.kind} ${displayName(pod.workload.name)}`;
}

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`: the start order as people say it. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const LANE_NOUN = { init: 'Init container', sidecar: 'Native sidecar', main: 'Container', ephemeral: 'Ephemeral container' } as const;

/** What a screen reader says on reaching a container node. */
export function containerAriaLabel(container: ContainerView): string {
  const start = container.initOrder === undefined ? '' : `, starts ${ordinal(container.initOrder)}`;
  const ports = container.ports.length > 0 ? `, listens on ${portsLabel(container.ports)}` : '';
  return `${LANE_NOUN[container.lane]} ${displayName(container.name)}, image ${container.image || 'not set'}${start}${ports}`;
}

export function volumeAriaLabel(name: string, volume: VolumeView | undefined, claim?: ClaimTemplate): string {
  if (volume) return `Volume ${displayName(name)}, ${volume.type || 'no source'}`;
  if (claim) return `Volume ${displayName(name)}, ${claimLabel(claim)}`;
  return `Volume ${displayName(name)}, mounted but not declared in the pod's volumes`;
}

/** `claim template · 10Gi`: each replica of the StatefulSet gets its own claim. */
export function claimLabel(claim: ClaimTemplate): string {
  return claim.storage ? `claim template · ${claim.storage}` : 'claim template';
}

const REFERENCE_NOUN = { secret: 'Secret', configMap: 'ConfigMap' } as const;

/** `Secret db-credentials`. */
export function referenceTitle(reference: { readonly kind: ReferenceKind; readonly name: string }): string {
  return `${REFERENCE_NOUN[reference.kind]} ${reference.name}`;
}

export function referenceAriaLabel(reference: EnvReference): string {
  const n = reference.containers.length;
  return `${referenceTitle(reference)}, env of ${n} ${n === 1 ? 'container' : 'containers'}`;
}

export function mountAriaLabel(container: ContainerView, mount: MountView): string {
  return `${displayName(container.name)} mounts ${displayName(mount.volume)} at ${mountLabel(mount)}`;
}

/** What a screen reader says on reaching an injected container: who adds it, where it runs, that it is not in the YAML. */
export function injectedAriaLabel(container: ContainerView): string {
  const by = container.injected ? ` by ${INJECTORS[container.injected.by].title}` : '';
  return `${containerAriaLabel(container)}; injected${by} at admission, not in the YAML`;
}

/** `▲ log-shipper-not-native`: what a mount's row says about the findings on its mount. */
export function edgeFindingsText(findings: EdgeFindings): string {
  return `${SEVERITY_ICON[findings.severity]} ${findings.rules.join(', ')}`;
}
