/** `--list-rules`: the rule catalogue, as a table for people or as JSON. */
import { hasQuickFix, RULES, versionRangeText, type Rule } from '@podsmith/lint';

export function formatRules(format: 'text' | 'json' | 'sarif', rules: readonly Rule[] = RULES): string {
  if (format !== 'text') {
    const list = rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity, kubernetesVersions: versionRangeText(r), quickFix: hasQuickFix(r), ...r.docs }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const rows = rules.map((r) => [r.id, r.category, r.severity, versionRangeText(r), hasQuickFix(r) ? 'fix' : '', r.docs.summary]);
  const header = ['RULE', 'CATEGORY', 'SEVERITY', 'VERSIONS', 'FIX', 'SUMMARY'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n\n${rules.length} rules.\n`;
}
