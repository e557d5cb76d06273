/**
 * Linting the pod as it runs: the rules see the containers admission webhooks add
 * (Istio, Linkerd, Vault; @podsmith/lifecycle), because a Job with an injected proxy
 * really never completes. What is said about such a container is shown at the annotation
 * that causes it, and a quick fix never edits it: it is not in the YAML. Where the rule's
 * fix is to make it a native sidecar and the injector has an annotation for that, the fix
 * sets the annotation instead.
 */
import { INJECTORS, nativeSidecarAnnotation } from '@podsmith/lifecycle';
import type { ContainerView, Edit, PodView, YamlPath } from '@podsmith/manifest';
import type { Finding, LintContext, PodRule, RawFinding, Suggestion } from './types';

/** The pod as written (edits are made on it: its refs are the YAML's) and as it runs (rules read it). */
export interface PodPair {
  readonly written: PodView;
  readonly running: PodView;
}

const under = (path: YamlPath, prefix: YamlPath) => prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/** The injected container a rule's finding is about: by path, else by name when the path is not inside a written container. */
function injectedOf(raw: RawFinding, running: PodView): ContainerView | undefined {
  const injected = running.containers.filter((c) => c.injected);
  const byPath = injected.find((c) => under(raw.path, c.path));
  if (byPath || raw.container === undefined) return byPath;
  const inWritten = running.containers.some((c) => !c.injected && under(raw.path, c.path));
  return inWritten ? undefined : injected.find((c) => c.name === raw.container);
}

/** A finding about an injected container, moved to the annotation that causes it, and saying so. */
export function locateInjected(raw: RawFinding, running: PodView): RawFinding {
  const c = injectedOf(raw, running);
  if (!c?.injected) return raw;
  const { title } = INJECTORS[c.injected.by];
  return {
    ...raw,
    path: c.injected.path,
    container: c.name,
    message: `${raw.message} ("${c.name}" is injected by ${title} at admission, because of ${c.injected.annotation}: it is not in the YAML.)`,
  };
}

/** The injected container a located finding is about. */
function injectedAt(finding: Finding, running: PodView): ContainerView | undefined {
  return running.containers.find((c) => c.injected && c.name === finding.container && under(finding.path, c.injected.path) && under(c.injected.path, finding.path));
}

/**
 * A rule's quick fix. About a written container: the rule's own, made on the written pod.
 * About an injected one: only a fix that makes it a native sidecar, as the injector's
 * annotation; none otherwise.
 */
export function fixAround(rule: PodRule, finding: Finding, pods: PodPair, contextOf: (pod: PodView) => LintContext): readonly Edit[] {
  if (!rule.fix) return [];
  const injected = injectedAt(finding, pods.running);
  if (!injected) return rule.fix(finding, pods.written, contextOf(pods.written));
  const edits = rule.fix({ ...finding, path: injected.path }, pods.running, contextOf(pods.running));
  return nativeByAnnotation(edits, injected, pods.running);
}

/** A rule's suggestions: about written containers only (an injected one is not in the YAML to change). */
export function suggestAround(rule: PodRule, finding: Finding, pods: PodPair, contextOf: (pod: PodView) => LintContext): readonly Suggestion[] {
  if (!rule.suggest || injectedAt(finding, pods.running)) return [];
  return rule.suggest(finding, pods.written, contextOf(pods.written));
}

function nativeByAnnotation(edits: readonly Edit[], c: ContainerView, running: PodView): Edit[] {
  const key = c.injected && nativeSidecarAnnotation(c.injected.by);
  const aboutIt = (e: Edit) => (e.kind === 'moveContainer' || e.kind === 'setContainerField') && e.container.list === c.ref.list && e.container.index === c.ref.index;
  const makesNative = edits.some((e) => e.kind === 'moveContainer' && e.lane === 'sidecar');
  if (!key || !makesNative || !edits.every(aboutIt)) return [];
  const path = [...running.ref.specPath.slice(0, -1), 'metadata', 'annotations', key];
  return [{ kind: 'setDocumentField', documentIndex: running.ref.documentIndex, path, value: 'true' }];
}
