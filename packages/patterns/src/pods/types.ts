/** A pod pattern of the gallery: one idea, shown as a ready manifest in two forms. */
export interface PodPattern {
  /** Stable, kebab-case: the gallery's link is `#pattern/<id>`. */
  readonly id: string;
  readonly title: string;
  /** One paragraph in plain words: what the pattern is for and what goes wrong without it. */
  readonly explanation: string;
  /** Words a learner may search for: products, Kubernetes terms, the problem. */
  readonly tags: readonly string[];
  /** The form people write first: wrong, or right only before native sidecars. */
  readonly broken: BrokenForm;
  /** The form to use, lint-clean at the default Kubernetes version. */
  readonly fixed: PatternForm;
}

export interface PatternForm {
  /** One line: how this form is built. */
  readonly summary: string;
  /** The manifest, with comments that teach: a ready Pod (or Job). */
  readonly yaml: string;
}

export interface BrokenForm extends PatternForm {
  /** `broken` never works; `legacy` worked before Kubernetes had native sidecars, with races. */
  readonly kind: 'broken' | 'legacy';
  /** The lint rule this form is about: the finding the fixed form no longer raises. */
  readonly rule: string;
}
