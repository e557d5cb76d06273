/**
 * missing-resources: a container (init containers and sidecars too) without a cpu
 * request, a memory request or a memory limit. A cpu limit is not asked for: it throttles
 * the container even when the node has cpu to spare.
 */
import type { ManifestDocument } from '@podsmith/manifest';
import { label, recordOr } from '@podsmith/lifecycle';
import { writtenContainers } from '../pod-security';
import type { RawFinding, Rule } from '../types';

export const rule: Rule = {
  id: 'missing-resources',
  category: 'best-practice',
  severity: 'info',
  docs: {
    summary: 'A container has no cpu request, no memory request or no memory limit (init containers and sidecars included).',
    why: 'The scheduler places a Pod by its requests: what a container does not request is not reserved, so the node can be overcommitted, and a Pod whose containers request nothing is BestEffort, the first evicted under memory pressure. Without a memory limit one leak can take the node\'s memory. Sidecars and init containers count too (sidecars are added to the Pod\'s request for its whole life). A cpu limit is not asked for: it throttles the container even when the node has cpu to spare. A LimitRange in the same file, or Pod-level resources, supply what the containers leave out, and then nothing is reported.',
    fix: 'Set resources.requests.cpu and resources.requests.memory to what the container uses, and resources.limits.memory to what it may use at most.',
    link: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
  },
  check(pod, ctx) {
    if (hasLimitRange(ctx.documents)) return [];
    const podLevel = recordOr(pod.spec.resources);
    const podRequests = recordOr(podLevel?.requests) ?? {};
    const podLimits = recordOr(podLevel?.limits) ?? {};
    return writtenContainers(pod)
      .filter((c) => c.lane !== 'ephemeral') // resources are forbidden there
      .flatMap((c): RawFinding[] => {
        const { requests, limits } = ctx.defaultsOf(c).resources;
        const missing = [
          requests.cpu === undefined && podRequests.cpu === undefined && podLimits.cpu === undefined ? 'no cpu request' : undefined,
          requests.memory === undefined && podRequests.memory === undefined && podLimits.memory === undefined ? 'no memory request' : undefined,
          limits.memory === undefined && podLimits.memory === undefined ? 'no memory limit' : undefined,
        ].filter((m): m is string => m !== undefined);
        if (missing.length === 0) return [];
        const path = c.spec.resources === undefined ? c.path : [...c.path, 'resources'];
        const effects = [
          missing.some((m) => m.endsWith('request')) ? 'the scheduler reserves nothing for what is not requested, so the node can be overcommitted and the Pod evicted early' : undefined,
          missing.includes('no memory limit') ? "without a memory limit a leak can take the node's memory" : undefined,
        ].filter((e): e is string => e !== undefined);
        return [{ path, container: c.name, message: `${label(c)} has ${words(missing)}: ${effects.join(', and ')}. Set ${settings(missing)}.` }];
      });
  },
};

function hasLimitRange(documents: readonly ManifestDocument[]): boolean {
  return documents.some((d) => d.kind === 'LimitRange');
}

function words(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function settings(missing: readonly string[]): string {
  const names: Record<string, string> = { 'no cpu request': 'resources.requests.cpu', 'no memory request': 'resources.requests.memory', 'no memory limit': 'resources.limits.memory' };
  return words(missing.map((m) => names[m] ?? m));
}
