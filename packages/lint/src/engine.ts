/**
 * The rule engine: project each pod of a parsed manifest, apply the API server's
 * defaults, decide container roles once, run every rule that applies to the target
 * version, and turn what the rules report into located, sorted, suppressible findings.
 */
import { isUnder, projectPod, rangeOf, samePodRef, type Edit, type ParsedManifest, type PodRef, type PodView } from '@podsmith/manifest';
import { compareVersions, DEFAULT_K8S_VERSION, FEATURE_SINCE, type K8sVersion, parseK8sVersion, podModel, type SameRun, withInjected } from '@podsmith/lifecycle';
import { fixAround, locateInjected, suggestAround, type PodPair } from './injected';
import { fieldPath } from './paths';
import { RULES } from './rules';
import { sameRunOf } from './same-run';
import { suppressionsOf } from './suppression';
import { objectsOf, objectContext, objectSuppressions } from './objects';
import type { Finding, IgnoredSuppression, LintContext, LintOptions, LintResult, ObjectRule, ObjectView, PodRule, RawFinding, Rule, Severity, SuppressedFinding } from './types';

interface Run {
  readonly version: K8sVersion;
  /** ConfigMaps given besides the file (other files of the same command line). */
  readonly configMaps: LintOptions['configMaps'];
  /** The rules that run: enabled and applying to the target version. */
  readonly rules: readonly PodRule[];
  readonly objectRules: readonly ObjectRule[];
  /** Every rule id the catalogue knows (suppressions may name disabled rules). */
  readonly known: ReadonlySet<string>;
  severityOf(rule: Rule, raw: RawFinding): Severity;
}

/** The run of each options object: the CLI lints every file with one. */
const runs = new WeakMap<LintOptions, Run>();

function prepare(options: LintOptions): Run {
  const known = runs.get(options);
  if (known) return known;
  const run = prepareRun(options);
  runs.set(options, run);
  return run;
}

function prepareRun(options: LintOptions): Run {
  const version = options.k8sVersion === undefined ? DEFAULT_K8S_VERSION : parseK8sVersion(options.k8sVersion);
  const all = options.rules ?? RULES;
  const disabled = new Set(options.disabled ?? []);
  const running = all.filter((rule) => !disabled.has(rule.id) && appliesTo(rule, version));
  return {
    version,
    configMaps: options.configMaps,
    rules: running.filter((rule): rule is PodRule => !isObjectRule(rule)),
    objectRules: running.filter(isObjectRule),
    known: new Set(all.map((rule) => rule.id)),
    severityOf: (rule, raw) => options.severity?.[rule.id] ?? raw.severity ?? rule.severity,
  };
}

export function isObjectRule(rule: Rule): rule is ObjectRule {
  return 'checkObject' in rule;
}

/** `since` is inclusive, `until` exclusive. */
export function appliesTo(rule: Rule, version: K8sVersion): boolean {
  const { since, until } = rule.k8s ?? {};
  return (since === undefined || compareVersions(version, since) >= 0) && (until === undefined || compareVersions(version, until) < 0);
}

/** Lint every pod and every object of a manifest. */
export function lintManifest(parsed: ParsedManifest, options: LintOptions = {}): LintResult {
  const run = prepare(options);
  const objects = run.objectRules.length > 0 ? objectsOf(parsed) : [];
  return combine(run.version, [...parsed.pods.map((ref) => lintOne(parsed, ref, run)), ...objects.map((object) => lintObject(parsed, object, run))]);
}

/** Lint one pod of a manifest (the one selected in the app), and the object that holds it. */
export function lintPod(parsed: ParsedManifest, ref: PodRef, options: LintOptions = {}): LintResult {
  const run = prepare(options);
  const objects = run.objectRules.length > 0 ? objectsOf(parsed).filter((o) => o.pod && samePodRef(o.pod, ref)) : [];
  return combine(run.version, [lintOne(parsed, ref, run), ...objects.map((object) => lintObject(parsed, object, run))]);
}

/**
 * The quick fix for a finding, as Edit values to apply in order (one undo step: wrap
 * them in a `batch`, or use `quickFix`). Empty when the rule has no fix for this case.
 */
export function fixesFor(finding: Finding, parsed: ParsedManifest, options: LintOptions = {}): readonly Edit[] {
  const rule = (options.rules ?? RULES).find((r) => r.id === finding.ruleId);
  if (!rule) return [];
  const version = options.k8sVersion === undefined ? DEFAULT_K8S_VERSION : parseK8sVersion(options.k8sVersion);
  if (isObjectRule(rule)) {
    const object = objectsOf(parsed).find((o) => o.documentIndex === finding.documentIndex && isUnder(finding.path, o.path));
    return rule.fixObject && object ? rule.fixObject(finding, object, objectContext(object, version)) : [];
  }
  const pods = finding.pod && podPair(parsed, finding.pod, version);
  if (!rule.fix || !pods) return [];
  return fixAround(rule, finding, pods, contextsOf(parsed, version, sameRunOf(parsed, options.configMaps)));
}

/** The quick fix as one Edit (a batch when it takes several), or undefined. */
export function quickFix(finding: Finding, parsed: ParsedManifest, options: LintOptions = {}): Edit | undefined {
  const edits = fixesFor(finding, parsed, options);
  if (edits.length <= 1) return edits[0];
  return { kind: 'batch', edits };
}

interface PodResult {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
  readonly ignored: readonly IgnoredSuppression[];
}

/** The pod as written and as it runs, with the containers admission adds (injected.ts). */
function podPair(parsed: ParsedManifest, ref: PodRef, version: K8sVersion): PodPair | undefined {
  const written = projectPod(parsed, ref);
  return written && { written, running: withInjected(written, version) };
}

/** A context per pod (the written and the running one), made when first asked for: one when nothing is injected. */
function contextsOf(parsed: ParsedManifest, version: K8sVersion, sameRun: SameRun): (pod: PodView) => LintContext {
  const made = new Map<PodView, LintContext>();
  return (pod) => made.get(pod) ?? made.set(pod, createContext(parsed, pod, version, sameRun)).get(pod)!;
}

function lintOne(parsed: ParsedManifest, ref: PodRef, run: Run): PodResult {
  const pods = podPair(parsed, ref, run.version);
  const result: PodResult = { findings: [], suppressed: [], ignored: [] };
  if (!pods) return result;
  const pod = pods.running;
  const contextOf = contextsOf(parsed, run.version, sameRunOf(parsed, run.configMaps));
  const ctx = contextOf(pod);
  const suppressions = suppressionsOf(pod, run.known);
  const ids = new Set<string>();
  for (const rule of run.rules) {
    for (const raw of rule.check(pod, ctx)) {
      const finding = complete(parsed, pods, contextOf, rule, run.severityOf(rule, raw), locateInjected(raw, pod), ids);
      const suppression = suppressions.byRule.get(rule.id);
      if (suppression) result.suppressed.push({ ...finding, ...suppression });
      else result.findings.push(finding);
    }
  }
  return { ...result, ignored: suppressions.ignored };
}

/**
 * The rules about whole objects: each object of the file once. Their findings belong to
 * the object's pod when it has one (so the pod's suppressions apply), else to no pod.
 */
function lintObject(parsed: ParsedManifest, object: ObjectView, run: Run): PodResult {
  const pod = object.pod && projectPod(parsed, object.pod);
  const suppressions = pod ? suppressionsOf(pod, run.known).byRule : objectSuppressions(object.value, run.known);
  const ctx = objectContext(object, run.version);
  const result: PodResult = { findings: [], suppressed: [], ignored: [] };
  const ids = new Set<string>();
  for (const rule of run.objectRules) {
    for (const raw of rule.checkObject(object, ctx)) {
      const base = located(parsed, rule, run.severityOf(rule, raw), { ...raw, documentIndex: object.documentIndex }, object.pod, ids);
      const finding = rule.fixObject ? { ...base, fixable: rule.fixObject(base, object, ctx).length > 0 } : base;
      const suppression = suppressions.get(rule.id);
      if (suppression) result.suppressed.push({ ...finding, ...suppression });
      else result.findings.push(finding);
    }
  }
  return result;
}

function complete(parsed: ParsedManifest, pods: PodPair, contextOf: (pod: PodView) => LintContext, rule: PodRule, severity: Severity, raw: RawFinding, ids: Set<string>): Finding {
  const { ref } = pods.running;
  const finding = located(parsed, rule, severity, { ...raw, documentIndex: raw.documentIndex ?? ref.documentIndex }, ref, ids);
  return {
    ...finding,
    fixable: rule.fix !== undefined && fixAround(rule, finding, pods, contextOf).length > 0,
    suggestions: rule.suggest ? suggestAround(rule, finding, pods, contextOf) : [],
  };
}

/** A raw finding with its id, severity, category and text range; no fix or suggestion yet. */
function located(parsed: ParsedManifest, rule: Rule, severity: Severity, raw: RawFinding & { readonly documentIndex: number }, pod: PodRef | undefined, ids: Set<string>): Finding {
  const { documentIndex } = raw;
  const base = `${rule.id}@${documentIndex}:${fieldPath(raw.path)}`;
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}#${n}`;
  ids.add(id);
  return {
    id,
    ruleId: rule.id,
    severity,
    category: rule.category,
    message: raw.message,
    path: raw.path,
    documentIndex,
    container: raw.container,
    pod,
    range: rangeOf(parsed, documentIndex, raw.path),
    fixable: false,
    suggestions: [],
  };
}

function combine(version: K8sVersion, results: readonly PodResult[]): LintResult {
  const findings = results.flatMap((r) => r.findings).sort(byPosition);
  const suppressed = results.flatMap((r) => r.suppressed).sort(byPosition);
  const suppressedCounts: Record<string, number> = {};
  for (const s of suppressed) suppressedCounts[s.ruleId] = (suppressedCounts[s.ruleId] ?? 0) + 1;
  return { k8sVersion: version, findings, suppressed, suppressedCounts, ignoredSuppressions: results.flatMap((r) => r.ignored) };
}

function byPosition(a: Finding, b: Finding): number {
  return (a.range?.from ?? Infinity) - (b.range?.from ?? Infinity) || a.documentIndex - b.documentIndex || a.ruleId.localeCompare(b.ruleId) || a.id.localeCompare(b.id);
}

/** Everything a rule may read about a pod, computed once. */
export function createContext(parsed: ParsedManifest, pod: PodView, version: K8sVersion, sameRun: SameRun = sameRunOf(parsed)): LintContext {
  const ownerDepth = pod.workload.path.length;
  const atLeast = (v: K8sVersion) => compareVersions(version, v) >= 0;
  return {
    ...podModel(pod, sameRun),
    version,
    atLeast,
    nativeSidecars: atLeast(FEATURE_SINCE.nativeSidecars),
    documents: parsed.documents,
    apiPath: (path) => fieldPath(path.slice(ownerDepth)),
  };
}

