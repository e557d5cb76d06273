/** Look-ups over the rule catalogue, for the findings panel and the CLI. */
import { RULES } from './rules';
import type { Rule, RuleDocs, RuleMeta } from './types';

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Whether a rule can offer quick fixes. */
export function hasQuickFix(rule: RuleMeta): boolean {
  return ('fixObject' in rule && rule.fixObject !== undefined) || ('fix' in rule && rule.fix !== undefined);
}

/** Whether a rule can offer suggestions: changes the user picks among, never applied by --fix. */
export function hasSuggestions(rule: RuleMeta): boolean {
  return 'suggest' in rule && rule.suggest !== undefined;
}

/** What the findings panel shows next to a finding: summary, why, fix text, link. */
export function docsFor(ruleId: string): RuleDocs | undefined {
  return BY_ID.get(ruleId)?.docs;
}
