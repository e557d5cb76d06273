/**
 * What several API-validity rules share: which containers the API server validates
 * probes and hooks on, and a finding at a container's field in the API server's words.
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
