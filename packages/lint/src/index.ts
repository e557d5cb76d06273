/**
 * @podsmith/lint: the rule engine. Rules are pure modules (metadata and check side by
 * side); the engine defaults the pod as the API server does, decides container roles,
 * runs the rules for a target Kubernetes version, locates and sorts the findings, and
 * honours `podsmith.dev/ignore-<rule-id>: "<reason>"` annotations. Quick fixes are Edit
 * values for @podsmith/manifest's applyEdit. No React, no DOM, no text parsing.
 */
export type {
  Category,
  Finding,
  IgnoredSuppression,
  K8sVersion,
  LintContext,
  LintOptions,
  LintResult,
  ObjectContext,
  ObjectRule,
  ObjectView,
  PodRule,
  RawFinding,
  Rule,
  RuleDocs,
  RuleMeta,
  Severity,
  SuppressedFinding,
  Suggestion,
  VersionRange,
} from './types';
export { lintManifest, lintPod, fixesFor, quickFix, appliesTo } from './engine';
export { sameRunOf } from './same-run';
export { configMapNamesIn, configMapsIn, type ConfigMapFiles, type SameRun } from '@podsmith/lifecycle';
export { RULES } from './rules';
export { ruleById, docsFor, hasQuickFix, hasSuggestions } from './catalogue';
export { offersText, renderRulesMarkdown, versionRangeText } from './docs';
export { SUPPORTED_K8S_VERSIONS, DEFAULT_K8S_VERSION, FEATURE_SINCE, parseK8sVersion, isK8sVersion, compareVersions } from '@podsmith/lifecycle';
export { applyDefaults } from '@podsmith/lifecycle';
export type { DefaultedPod, DefaultedContainer, DefaultedPort, DefaultedVolume, Probe, Handler } from '@podsmith/lifecycle';
export { containerRole, podRoles, roleNoun, HELPER_ROLES } from '@podsmith/lifecycle';
export type { Role, RoleInfo } from '@podsmith/lifecycle';
export { SUPPRESSION_PREFIX } from './suppression';
