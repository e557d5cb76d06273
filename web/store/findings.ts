/**
 * Findings are derived state: the lint of the last good parse for the target version.
 * Pure functions over the parse, the PodView and the lint package (passed in, so the
 * package can arrive lazily and tests can pass it directly).
 */
import { elementAt, isUnder, samePodRef, type ContainerView, type ParsedManifest, type PodElement, type PodRef, type PodView } from '@podsmith/manifest';
import type { Finding, K8sVersion, LintResult } from '@podsmith/lint';
import type { Linter } from './linter';
import type { Selection } from './selection';

/** What the findings are computed with besides the text. */
export interface LintSetup {
  readonly k8sVersion: K8sVersion;
  /** Undefined until the lint package has loaded: the panel says "Checking…". */
  readonly linter: Linter | undefined;
}

export interface LintState {
  /** Every pod's findings in `linted`; undefined while the linter loads. */
  readonly lint: LintResult | undefined;
  /** The setup `lint` was computed with. */
  readonly lintedWith: LintSetup;
  /** The parse `lint` is of: the last good one, or for a frame after a keystroke the one before (store.ts). */
  readonly linted: ParsedManifest;
}

/**
 * Lint `lastGood` for the setup. While neither the parse (a broken text keeps the last
 * good one) nor the setup changes, the previous result is kept as it is, object and all.
 */
export function lintState(lastGood: ParsedManifest, setup: LintSetup, previous?: LintState): LintState {
  if (
    previous &&
    previous.linted === lastGood &&
    previous.lintedWith.k8sVersion === setup.k8sVersion &&
    previous.lintedWith.linter === setup.linter
  ) {
    return { lint: previous.lint, lintedWith: previous.lintedWith, linted: lastGood };
  }
  return { lint: setup.linter?.lintManifest(lastGood, { k8sVersion: setup.k8sVersion }), lintedWith: setup, linted: lastGood };
}

/** The findings about one pod (the one on the diagram). */
export function findingsOfPod(findings: readonly Finding[], pod: PodRef): Finding[] {
  return findings.filter((f) => f.pod && samePodRef(f.pod, pod));
}

/** Index into `parsed.pods` of the pod a finding belongs to, or -1. */
export function podIndexOf(parsed: ParsedManifest, pod: PodRef): number {
  return parsed.pods.findIndex((ref) => samePodRef(ref, pod));
}

/**
 * What in the pod a finding is about: the container its path points into when the path
 * is in the pod's document, else the container `finding.container` names (a Service's
 * targetPort names the sidecar it resolves to), else the volume its path points into;
 * `{}` for the pod itself.
 */
export function findingTarget(finding: Finding, pod: PodView): FindingTarget {
  const byPath = finding.documentIndex === pod.ref.documentIndex ? elementAt(pod, finding.path) : {};
  if (byPath.container) return byPath;
  const byName = finding.container === undefined ? undefined : pod.containers.find((c) => c.name === finding.container);
  if (byName) return { container: byName };
  return byPath.volume ? { volume: byPath.volume } : {};
}

/** What in the pod a finding is about (the diagram marks it). */
export type FindingTarget = PodElement;

/**
 * The injected container a finding is about, among `injected` (the pod's, see
 * injected.ts): the linter names it and shows the finding at the annotation that causes it.
 */
export function injectedTarget(finding: Finding, injected: readonly ContainerView[]): ContainerView | undefined {
  const at = (path: readonly (string | number)[]) => path.length === finding.path.length && isUnder(finding.path, path);
  return injected.find((c) => c.name === finding.container && at(c.injected?.path ?? []));
}

/** What clicking a finding selects: its container (an injected one too), its volume, or the pod. */
export function findingSelection(finding: Finding, pod: PodView, injected: readonly ContainerView[] = []): Selection {
  const ghost = injectedTarget(finding, injected);
  if (ghost) return { type: 'injected', name: ghost.name };
  const target = findingTarget(finding, pod);
  if (target.container) return { type: 'container', id: target.container.id };
  if (target.volume && target.volume.name !== '') return { type: 'volume', name: target.volume.name };
  return { type: 'pod' };
}
