/**
 * The lint package arrives lazily: it is not part of the first load (see
 * e2e/bundle.spec.ts). The store asks for it at start-up; until it is here the findings
 * panel says "Checking…", and once it is here every lint runs synchronously, in the same
 * store update as the diagram.
 */
import type * as LintPackage from '@podsmith/lint';

// The target versions come from the lint package's own module for them, which imports
// nothing: taken from the package entry, they would pull the whole linter into the first
// load (rolldown keeps a statically imported entry in the entry chunk).
export { DEFAULT_K8S_VERSION, SUPPORTED_K8S_VERSIONS } from '@podsmith/lint/version';

export type Linter = typeof LintPackage;

let loading: Promise<Linter> | undefined;

/** The lint package; the same promise every time. */
export function loadLinter(): Promise<Linter> {
  return (loading ??= import('@podsmith/lint'));
}
