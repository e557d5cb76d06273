/**
 * The vocabulary of the linter: rules, what they report, and what they are given.
 * Rules are pure: they read a PodView and a LintContext and return findings; the
 * engine adds severity, category, text ranges and suppression.
 */
import type { Edit, ManifestDocument, PodRef, PodView, TextRange, YamlPath } from '@podsmith/manifest';
import type { ConfigMapFiles, K8sVersion, PodModel } from '@podsmith/lifecycle';

export type { K8sVersion } from '@podsmith/lifecycle';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'lifecycle' | 'api-validity' | 'network' | 'volume' | 'security' | 'best-practice' | 'schema';

/** What the app and the CLI show about a rule. */
export interface RuleDocs {
  /** One line: what the rule reports. */
  readonly summary: string;
  /** What goes wrong, at admission or at run time, and why. */
  readonly why: string;
  /** What to change. */
  readonly fix: string;
  /** The primary source behind the rule (KEP, Kubernetes docs, upstream issue). */
  readonly link: string;
}

/** A finding as a rule reports it; the engine completes it into a Finding. */
export interface RawFinding {
  readonly message: string;
  /** YAML path from the document root to the node the finding is about. */
  readonly path: YamlPath;
  /** The container the finding is about, by name. */
  readonly container?: string;
  /** Set when the finding points into another document of the file (a Service's targetPort). */
  readonly documentIndex?: number;
  /**
   * Lower than the rule's for this case: 'warning' when the API server only warns about it
   * (pkg/api/pod/warnings.go) where the rule's other findings are errors, 'info' when it is
   * only a hint (probe-port-undeclared on a port nobody declares); a severity the user
   * configured for the rule wins.
   */
  readonly severity?: 'warning' | 'info';
}

export interface Finding {
  /** Stable within one text: rule, document and path. */
  readonly id: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly category: Category;
  readonly message: string;
  readonly path: YamlPath;
  readonly documentIndex: number;
  readonly container?: string;
  /**
   * The pod the finding belongs to (fixesFor needs it); absent for a finding about an
   * object that holds no pod (a Service, a ConfigMap).
   */
  readonly pod?: PodRef;
  /** Where the path is in the text; undefined when the text has no node for it. */
  readonly range?: TextRange;
  /** True when fixesFor returns at least one Edit: a fix, which --fix applies. */
  readonly fixable: boolean;
  /**
   * Changes that would change what the program does (which container's port to renumber):
   * offered for the user to pick, listed in JSON and SARIF, never applied by --fix.
   */
  readonly suggestions: readonly Suggestion[];
}

/**
 * A change the user may choose, as ESLint's suggestions: unlike a fix, it changes what the
 * program does, so only the user applies it.
 */
export interface Suggestion {
  /** What it changes, as a button or a list says it: `Change "web"'s containerPort 80 to 81`. */
  readonly description: string;
  /** Edit values for applyEdit, applied in order (one undo step as a batch). */
  readonly edits: readonly Edit[];
}

/** A finding an annotation `podsmith.dev/ignore-<rule-id>: "<reason>"` switched off. */
export interface SuppressedFinding extends Finding {
  readonly reason: string;
  readonly annotation: string;
}

/** The range of target versions a rule applies to: `since` inclusive, `until` exclusive. */
export interface VersionRange {
  readonly since?: K8sVersion;
  readonly until?: K8sVersion;
}

/**
 * What a rule is given besides the PodView. Built once per pod by the engine, on the
 * lifecycle package's model of the pod (defaults, roles, facts), which the simulator reads too.
 */
export interface LintContext extends PodModel {
  readonly version: K8sVersion;
  /** True when the target version is `version` or newer. */
  atLeast(version: K8sVersion): boolean;
  /** True when native sidecars work at the target version (beta, on by default, since 1.29). */
  readonly nativeSidecars: boolean;
  /** Every document of the file, for rules that read Services and NetworkPolicies. */
  readonly documents: readonly ManifestDocument[];
  /** The API server's field path for a YAML path: `spec.template.spec.containers[0].ports[0]`. */
  apiPath(path: YamlPath): string;
}

/** What every rule has, whatever it checks: the catalogue, the docs and the CLI read this. */
export interface RuleMeta {
  /** Stable, kebab-case, never reused: users write it in suppressions and CI configs. */
  readonly id: string;
  readonly category: Category;
  /** The default severity; users can override it. */
  readonly severity: Severity;
  /** Target versions the rule applies to; absent means every version. */
  readonly k8s?: VersionRange;
  readonly docs: RuleDocs;
}

/** A rule about a pod: run once per pod of the file. */
export interface PodRule extends RuleMeta {
  check(pod: PodView, ctx: LintContext): readonly RawFinding[];
  /**
   * A quick fix as Edit values for applyEdit, applied in order; empty when none fits. Only
   * for what keeps the program's behaviour (or is the rule's point): --fix applies it unasked.
   */
  fix?(finding: Finding, pod: PodView, ctx: LintContext): readonly Edit[];
  /** Suggestions: changes the user picks among (ESLint's hasSuggestions), never applied by --fix. */
  suggest?(finding: Finding, pod: PodView, ctx: LintContext): readonly Suggestion[];
}

/**
 * One Kubernetes object of a file: a document, or an item of a `kind: List`. What an
 * ObjectRule reads, whatever its kind (a Service, a ConfigMap, a custom resource).
 */
export interface ObjectView {
  readonly documentIndex: number;
  /** From the document's root to the object: [] for a document, ['items', i] in a List. */
  readonly path: YamlPath;
  readonly value: Readonly<Record<string, unknown>>;
  /** The pod the object holds, when it is a workload Podsmith designs. */
  readonly pod?: PodRef;
}

export interface ObjectContext {
  readonly version: K8sVersion;
  /** The API server's field path for a YAML path from the document's root, from the object's root. */
  apiPath(path: YamlPath): string;
}

/** A rule about whole objects of any kind (the schema rules): run once per object of the file. */
export interface ObjectRule extends RuleMeta {
  checkObject(object: ObjectView, ctx: ObjectContext): readonly RawFinding[];
  /** A quick fix as Edit values for applyEdit, applied in order; empty when none fits. */
  fixObject?(finding: Finding, object: ObjectView, ctx: ObjectContext): readonly Edit[];
}

export type Rule = PodRule | ObjectRule;

export interface LintOptions {
  /** Target version, '1.27' to '1.36'; default DEFAULT_K8S_VERSION. */
  readonly k8sVersion?: string;
  /** Rule ids to skip. */
  readonly disabled?: readonly string[];
  /** Per-rule severity overrides. */
  readonly severity?: Readonly<Record<string, Severity>>;
  /** The rules to run; default: every rule of the catalogue. */
  readonly rules?: readonly Rule[];
  /**
   * ConfigMaps of the same run from other files (the CLI's other paths), read with the
   * file's own: a script or an agent config a container mounts from one.
   */
  readonly configMaps?: readonly ConfigMapFiles[];
}

/** A `podsmith.dev/ignore-*` annotation that does not suppress anything, and why. */
export interface IgnoredSuppression {
  readonly annotation: string;
  readonly pod: PodRef;
  /** Where it is written, from the root of the pod's document: the workload's metadata or the pod template's. */
  readonly path: YamlPath;
  readonly problem: 'missing-reason' | 'unknown-rule';
}

export interface LintResult {
  readonly k8sVersion: K8sVersion;
  /** Sorted by text position. */
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  /** Suppressed findings per rule id. */
  readonly suppressedCounts: Readonly<Record<string, number>>;
  readonly ignoredSuppressions: readonly IgnoredSuppression[];
}
