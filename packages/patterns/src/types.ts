import type { K8sContainer, K8sVolume, Lane } from '@podsmith/manifest';

/** A container the palette offers: a known-good starting point, explained in one line. */
export interface ContainerTemplate {
  /** Stable id, kebab-case: the palette's drag payload. */
  readonly id: string;
  readonly label: string;
  /** One line for learners: what the pattern is for. */
  readonly description: string;
  /** Where the pattern belongs when the user does not say: a log collector is a native sidecar. */
  readonly lane: Lane;
  /** No restartPolicy here: the lane it is added to decides that. */
  readonly container: K8sContainer & { readonly name: string; readonly image: string };
  /** The volumes `container` mounts, added to the pod unless it already has one of that name. */
  readonly volumes: readonly NamedVolume[];
}

/** A volume the palette offers. */
export interface VolumeTemplate {
  readonly id: string;
  readonly label: string;
  /** One line for learners: what the volume type is for. */
  readonly description: string;
  readonly volume: NamedVolume;
}

export type NamedVolume = K8sVolume & { readonly name: string };
