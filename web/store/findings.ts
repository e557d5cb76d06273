/**
 * Findings are derived state: the lint of the last good parse for the target version.
 * Pure functions over the parse, the PodView and the lint package (passed in, so the
 * package can arrive lazily and tests can pass it directly).
 */
import { samePodRef, type ContainerView, type MountView, type ParsedManifest, type PodRef, type PodView, type PortView, type VolumeView } from '@podsmith/manifest';
import type { Finding, K8sVersion, LintResult } from '@podsmith/lint';
import type { Linter } from './linter';
import type { Selection } from './selection';
import { startsWith } from './cursor';

/** What the findings are computed with besides the text. */
export interface LintSetup {
  readonly k8sVersion: K8sVersion;
  /** Undefined until the lint package has loaded: the panel says "Checking…". */
  readonly linter: Linter | undefined;
}

export interface LintState {
  /** Every pod's findings in `lastGood`; undefined while the linter loads. */
  readonly lint: LintResult | undefined;
  /** The setup `lint` was computed with. */
  readonly lintedWith: LintSetup;
}

/**
 * Lint `lastGood` for the setup. While neither the parse (a broken text keeps the last
 * good one) nor the setup changes, the previous result is kept as it is, object and all.
 */
export function lintState(lastGood: ParsedManifest, setup: LintSetup, previous?: LintState & { readonly lastGood: ParsedManifest }): LintState {
  if (
    previous &&
    previous.lastGood === lastGood &&
    previous.lintedWith.k8sVersion === setup.k8sVersion &&
    previous.lintedWith.linter === setup.linter
  ) {
    return { lint: previous.lint, lintedWith: previous.lintedWith };
  }
  return { lint: setup.linter?.lintManifest(lastGood, { k8sVersion: setup.k8sVersion }), lintedWith: setup };
}

/** The findings about one pod (the one on the diagram). */
export function findingsOfPod(findings: readonly Finding[], pod: PodRef): Finding[] {
  return findings.filter((f) => f.pod && samePodRef(f.pod, pod));
}

/** Index into `parsed.pods` of the pod a finding belongs to, or -1. */
export function podIndexOf(parsed: ParsedManifest, pod: PodRef): number {
  return parsed.pods.findIndex((ref) => samePodRef(ref, pod));
}

/** What in the pod a finding is about: a container (and which mount or port of it), a volume, or the pod itself. */
export interface FindingTarget {
  readonly container?: ContainerView;
  readonly mount?: MountView;
  readonly port?: PortView;
  /** The field of the port the finding is about (`hostPort`, `name`, …); undefined for the whole port. */
  readonly portField?: string | number;
  readonly volume?: VolumeView;
}

/**
 * The container is found by the finding's path when it points into the pod, else by
 * `finding.container` (a Service's targetPort names the sidecar it resolves to); a path
 * under `volumes[i]` is about that volume; anything else is about the pod.
 */
export function findingTarget(finding: Finding, pod: PodView): FindingTarget {
  const under = (prefix: readonly (string | number)[]) => finding.documentIndex === pod.ref.documentIndex && startsWith(finding.path, prefix);
  const byPath = pod.containers.find((c) => under(c.path));
  if (byPath) {
    const port = byPath.ports.find((p) => under(p.path));
    return {
      container: byPath,
      mount: byPath.mounts.find((m) => under(m.path)),
      port,
      portField: port && finding.path[port.path.length],
    };
  }
  const byName = finding.container === undefined ? undefined : pod.containers.find((c) => c.name === finding.container);
  if (byName) return { container: byName };
  const volume = pod.volumes.find((v) => under(v.path));
  return volume ? { volume } : {};
}

/**
 * The injected container a finding is about, among `injected` (the pod's, see
 * injected.ts): the linter names it and shows the finding at the annotation that causes it.
 */
export function injectedTarget(finding: Finding, injected: readonly ContainerView[]): ContainerView | undefined {
  const at = (path: readonly (string | number)[]) => path.length === finding.path.length && startsWith(finding.path, path);
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
