/**
 * A container's story at a glance: which probes it has, its lifecycle hooks, whether
 * resources are set, its restart policy, what is risky about its security context. Each
 * chip is words with an icon (never colour alone); `title` says it in full.
 */
import { isRecord } from '@podsmith/lifecycle';
import type { ContainerView } from '@podsmith/manifest';

export type ChipTone = 'ok' | 'missing' | 'warning';

export interface Chip {
  /** Stable per kind of chip: `probes`, `hooks`, `resources`, `restart`, `security`. */
  readonly id: string;
  /** What the chip shows: `♥ readiness, liveness`. */
  readonly text: string;
  /** What it means, in a sentence: its tooltip, and part of the node's accessible name. */
  readonly title: string;
  readonly tone: ChipTone;
}

const PROBES = [
  ['startupProbe', 'startup'],
  ['readinessProbe', 'readiness'],
  ['livenessProbe', 'liveness'],
] as const;
const HOOKS = ['postStart', 'preStop'] as const;

const recordAt = (value: unknown, key: string) => (isRecord(value) && isRecord(value[key]) ? value[key] : undefined);
const hasKeys = (value: unknown): boolean => isRecord(value) && Object.keys(value).length > 0;

export function containerChips(container: ContainerView): Chip[] {
  const { spec } = container;
  // Init containers that run to completion take no probes; every other container should say how it is checked.
  const probed = container.lane !== 'init';
  const probes = PROBES.filter(([key]) => spec[key] !== undefined).map(([, name]) => name);
  const hooks = HOOKS.filter((hook) => recordAt(spec.lifecycle, hook) !== undefined);
  const resources = recordAt(spec, 'resources');
  const limits = hasKeys(resources?.limits);
  const requests = hasKeys(resources?.requests);
  const warnings = securityWarnings(spec.securityContext);
  const chips: (Chip | undefined)[] = [
    probes.length > 0
      ? { id: 'probes', text: `♥ ${probes.join(', ')}`, title: `Probes: ${probes.join(', ')}`, tone: 'ok' }
      : probed
        ? { id: 'probes', text: '♡ no probes', title: 'No probes: Kubernetes cannot tell when it is ready or stuck', tone: 'missing' }
        : undefined,
    hooks.length > 0 ? { id: 'hooks', text: `↪ ${hooks.join(', ')}`, title: `Lifecycle hooks: ${hooks.join(', ')}`, tone: 'ok' } : undefined,
    limits || requests
      ? {
          id: 'resources',
          text: limits && requests ? '▣ resources' : limits ? '▣ limits only' : '▣ requests only',
          title: `Resources: ${[requests && 'requests', limits && 'limits'].filter(Boolean).join(' and ')} set`,
          tone: 'ok',
        }
      : { id: 'resources', text: '□ no resources', title: 'No resource requests or limits', tone: 'missing' },
    typeof spec.restartPolicy === 'string'
      ? { id: 'restart', text: `⟳ ${spec.restartPolicy}`, title: `restartPolicy: ${spec.restartPolicy}`, tone: 'ok' }
      : undefined,
    warnings.length > 0 ? { id: 'security', text: `⚠ ${warnings.join(', ')}`, title: `Security: ${warnings.join(', ')}`, tone: 'warning' } : undefined,
  ];
  return chips.filter((chip): chip is Chip => chip !== undefined);
}

/** What the container's securityContext allows that a reviewer should see. */
function securityWarnings(context: unknown): string[] {
  if (!isRecord(context)) return [];
  const added = recordAt(context, 'capabilities')?.add;
  return [
    context.privileged === true && 'privileged',
    context.runAsUser === 0 && 'runs as root',
    context.allowPrivilegeEscalation === true && 'privilege escalation',
    Array.isArray(added) && added.length > 0 && `adds ${added.map(String).join(', ')}`,
  ].filter((w): w is string => typeof w === 'string');
}

/** The chips as a sentence for the node's accessible name. */
export function chipsText(chips: readonly Chip[]): string {
  return chips.map((chip) => chip.title).join('; ');
}
