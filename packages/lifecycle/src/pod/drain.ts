/**
 * How long a sidecar keeps working after SIGTERM before it exits, where the product
 * documents it: the time it takes out of the pod's shared grace period.
 */
import type { PodView } from '@podsmith/manifest';
import type { DefaultedContainer } from './defaults';
import type { RoleInfo } from './roles';

export interface Drain {
  readonly seconds: number;
  /** Where the number comes from, for messages: `Fluent Bit's default Grace`. */
  readonly source: string;
}

/** Fluent Bit waits `Grace` seconds (default 5) to flush before it exits. */
const FLUENT_BIT_GRACE_SECONDS = 5;
/** Istio's terminationDrainDuration default. */
const ISTIO_DRAIN_SECONDS = 5;

export function drainOf(role: RoleInfo, dc: DefaultedContainer, pod: PodView): Drain | undefined {
  if (role.product === 'fluent-bit') return { seconds: FLUENT_BIT_GRACE_SECONDS, source: "Fluent Bit's default Grace of 5 s" };
  if (role.product !== 'istio-proxy') return undefined;
  const env = Number(dc.env.find((e) => e.name === 'TERMINATION_DRAIN_DURATION_SECONDS')?.value);
  if (env > 0) return { seconds: env, source: `TERMINATION_DRAIN_DURATION_SECONDS=${env}` };
  const configured = /terminationDrainDuration["']?\s*:\s*["']?(\d+)s/.exec(pod.podAnnotations['proxy.istio.io/config'] ?? '');
  if (configured) return { seconds: Number(configured[1]), source: `terminationDrainDuration ${configured[1]}s` };
  return { seconds: ISTIO_DRAIN_SECONDS, source: "Istio's default terminationDrainDuration of 5 s" };
}
