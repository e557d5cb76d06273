/**
 * The gallery's pod patterns: each one idea (a log collector, a mesh proxy, ...) as a
 * ready manifest in the form people write first and in the form to use. The YAML lives
 * beside each pattern as files, so it reads (and lints: `podsmith lint`) as YAML.
 * A separate entry point from the palette's templates: only the gallery, loaded lazily,
 * pulls these texts in.
 */
import type { PodPattern } from './types';
import { logCollector } from './log-collector';
import { serviceMeshProxy } from './service-mesh-proxy';
import { secretInjection } from './secret-injection';
import { gitSync } from './git-sync';
import { waitForDatabase } from './wait-for-database';
import { jobWithSidecar } from './job-with-sidecar';
import { adapter } from './adapter';
import { ambassador } from './ambassador';

export type { PodPattern, PatternForm, BrokenForm } from './types';

/** In the order the gallery lists them: the sidecar patterns first, then init containers, Jobs, the classic multi-container patterns. */
export const POD_PATTERNS: readonly PodPattern[] = [
  logCollector,
  serviceMeshProxy,
  secretInjection,
  gitSync,
  waitForDatabase,
  jobWithSidecar,
  adapter,
  ambassador,
];

/** The pattern with this id, or undefined; `id` may be anything (it comes from a link). */
export function podPatternById(id: string): PodPattern | undefined {
  return POD_PATTERNS.find((p) => p.id === id);
}
