/**
 * The rule reference, generated from the rules' own metadata (in the spirit of
 * kube-linter's generated checks page), so docs and code cannot drift apart.
 * packages/lint/RULES.md is this function's output; a test keeps it up to date
 * (`npx vitest run packages/lint -u` rewrites it).
 */
import { hasQuickFix, hasSuggestions } from './catalogue';
import type { Category, Rule, RuleMeta } from './types';

const CATEGORY_TITLES: Readonly<Record<Category, string>> = {
  lifecycle: 'Lifecycle',
  'api-validity': 'API validity',
  network: 'Network',
  volume: 'Volume',
  security: 'Security',
  'best-practice': 'Best practice',
  schema: 'Schema',
};

/** When a rule applies, in words: `1.29+`, `before 1.32`, `1.29 to 1.31`, `all versions`. */
export function versionRangeText(rule: RuleMeta): string {
  const { since, until } = rule.k8s ?? {};
  if (since && until) return `${since}+, before ${until}`;
  if (since) return `${since}+`;
  if (until) return `before ${until}`;
  return 'all versions';
}

/**
 * What a rule offers, as ESLint's meta says it: a quick fix (`fixable`: --fix and the app
 * apply it) or suggestions (`hasSuggestions`: the user picks one; never applied unasked).
 */
export function offersText(rule: RuleMeta): string {
  return [hasQuickFix(rule) && 'quick fix', hasSuggestions(rule) && 'suggestions'].filter(Boolean).join(', ');
}

export function renderRulesMarkdown(rules: readonly Rule[]): string {
  const categories = [...new Set(rules.map((r) => r.category))];
  const out: string[] = [
    '# Podsmith lint rules',
    '',
    '<!-- Generated from the rule modules by packages/lint/src/docs.ts. Do not edit by hand: run `npx vitest run packages/lint -u`. -->',
    '',
    `${rules.length} rules. Suppress one for a workload with the annotation \`podsmith.dev/ignore-<rule-id>: "<reason>"\` (a reason is required; see README.md).`,
    '',
    'A **quick fix** keeps what the program does and is applied by `podsmith lint --fix`; **suggestions** change what it does (which container moves to another port), so the app offers them for the user to pick and the CLI only lists them.',
    '',
    '| id | category | severity | versions | offers | summary |',
    '|---|---|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.category} | ${r.severity} | ${versionRangeText(r)} | ${offersText(r)} | ${escape(r.docs.summary)} |`),
  ];
  for (const category of categories) {
    out.push('', `## ${CATEGORY_TITLES[category]}`);
    for (const r of rules.filter((x) => x.category === category)) {
      out.push(
        '',
        `### ${r.id}`,
        '',
        `**${r.severity}** · ${versionRangeText(r)}${offersText(r) ? ` · ${offersText(r)}` : ''}`,
        '',
        r.docs.summary,
        '',
        `**Why:** ${r.docs.why}`,
        '',
        `**Fix:** ${r.docs.fix}`,
        '',
        `**Source:** <${r.docs.link}>`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|');
}
