/**
 * The terminal format, after ESLint's "stylish": each file with problems, then one line
 * per problem (`line:column  severity  message  rule-id`), then a summary. Colour is an
 * extra, never the only signal: severity words are always printed.
 */
import type { Severity } from '@podsmith/lint';
import { countProblems, ignoredMessage, type FileReport, type Problem } from '../report';

export interface TextOptions {
  /** ANSI colours (the caller decides: a TTY, and NO_COLOR unset). */
  readonly color: boolean;
  /** --fix ran: what is fixable now is what a fix could not be applied to, so do not advertise --fix. */
  readonly fix: boolean;
}

const STYLES = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4 } as const;
type Style = keyof typeof STYLES;

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: 'red', warning: 'yellow', info: 'cyan' };

export function formatText(reports: readonly FileReport[], options: TextOptions): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text);
  const out: string[] = [];

  for (const report of reports) {
    if (report.problems.length === 0) continue;
    const positions = report.problems.map((p) => `${p.line}:${p.column}`);
    const positionWidth = Math.max(...positions.map((p) => p.length));
    const severityWidth = Math.max(...report.problems.map((p) => p.severity.length));
    out.push(paint('underline', report.file));
    report.problems.forEach((problem, i) => {
      const position = (positions[i] ?? '').padEnd(positionWidth);
      const severity = paint(SEVERITY_STYLE[problem.severity], problem.severity.padEnd(severityWidth));
      out.push(`  ${paint('gray', position)}  ${severity}  ${oneLine(problem.message)}  ${paint('gray', problem.ruleId)}`);
    });
    out.push('');
  }

  const counts = countProblems(reports);
  if (counts.total > 0) {
    const style: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'cyan';
    const summary = `✖ ${plural(counts.total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
    out.push(paint('bold', paint(style, summary)));
    const fixable = reports.reduce((n, r) => n + r.problems.filter((p: Problem) => p.fixable).length, 0);
    if (fixable > 0 && !options.fix) out.push(`  ${fixable} of them can be fixed with the --fix option.`);
  }

  const fixedFiles = reports.filter((r) => r.fixed.length > 0);
  if (fixedFiles.length > 0) {
    const fixed = fixedFiles.reduce((n, r) => n + r.fixed.length, 0);
    if (out.length > 0) out.push('');
    out.push(paint('bold', `✔ Fixed ${plural(fixed, 'problem')} in ${plural(fixedFiles.length, 'file')}:`));
    for (const report of fixedFiles) out.push(`  ${report.file}  ${paint('gray', [...new Set(report.fixed.map((f) => f.ruleId))].join(', '))}`);
  }

  const suppressed = reports.reduce((n, r) => n + r.suppressed.length, 0);
  if (suppressed > 0) out.push(`${plural(suppressed, 'finding')} suppressed by podsmith.dev/ignore-* annotations.`);

  // An annotation that suppresses nothing would otherwise fail silently: the finding it was meant for is still listed.
  const ignored = reports.flatMap((r) => r.ignored.map((a) => ({ file: r.file, ...a })));
  if (ignored.length > 0) {
    if (out.length > 0) out.push('');
    out.push(paint('bold', `${plural(ignored.length, 'suppression')} not applied:`));
    for (const a of ignored) out.push(`  ${a.file}:${a.line}:${a.column}  ${ignoredMessage(a)}`);
  }

  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
