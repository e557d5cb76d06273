/**
 * What several API-validity rules share: which containers the API server validates
 * probes and hooks on, a finding at a container's field in the API server's words, and
 * which port numbers IsValidPortNum rejects.
 */
import type { ContainerView, YamlPath } from '@podsmith/manifest';
import type { LintContext, RawFinding } from './types';

/**
 * Containers whose probes and lifecycle validateContainers / validateInitContainers check:
 * regular containers, and native sidecars where the target version keeps restartPolicy
 * (the others are run-to-completion init containers, where these fields are forbidden).
 */
export function probedContainers(ctx: LintContext): readonly ContainerView[] {
  return ctx.facts.concurrent.filter((c) => c.lane === 'main' || ctx.nativeSidecars);
}

/** A finding about container `c` at `path`, with a message built from the path the API server prints. */
export function containerFinding(c: ContainerView, path: YamlPath, message: (apiPath: string) => string, ctx: LintContext, severity?: 'warning'): RawFinding {
  return { path, container: c.name, message: message(ctx.apiPath(path)), ...(severity && { severity }) };
}

/** A port written as an integer that IsValidPortNum rejects (0 included; callers decide what 0 means). */
export function isOutOfPortRange(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && (value < 1 || value > 65535);
}
