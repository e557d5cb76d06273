import { Scalar, stringify } from 'yaml';

/**
 * Rendering of NEW values only: existing text is never re-serialised. Rendered as
 * YAML 1.1, as Kubernetes reads it, so `yes`, `on` or `0777`-like strings get quoted.
 */
const OPTIONS = { version: '1.1', lineWidth: 0, indent: 2 } as const;

export type ScalarStyle = Scalar['type'];

/** A scalar, in the style of the scalar it replaces where the new value allows it. */
export function renderScalar(value: unknown, style?: ScalarStyle, inFlow = false): string {
  if (typeof value !== 'string') return value === null || value === undefined ? 'null' : String(value);
  if (style === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (style === Scalar.QUOTE_SINGLE && !value.includes('\n')) return `'${value.replace(/'/g, "''")}'`;
  const plain = stringify(value, OPTIONS).replace(/\n$/, '');
  if (plain.includes('\n') || (inFlow && /[,[\]{}]/.test(plain))) return JSON.stringify(value);
  return plain;
}

/** A collection (or scalar) in block style, lines ending in '\n', not indented. */
export function renderBlock(value: unknown, indentSeq: boolean): string {
  return stringify(value, { ...OPTIONS, indentSeq });
}

/** A value in flow style: JSON where the file quotes keys like JSON, YAML flow (`{a: 1, b: [x]}`) otherwise. */
export function renderFlow(value: unknown, json: boolean): string {
  const scalar = (v: unknown) => (json ? JSON.stringify(v) : renderScalar(v, undefined, true));
  if (Array.isArray(value)) return `[${value.map((v) => renderFlow(v, json)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${scalar(k)}: ${renderFlow(v, json)}`).join(', ')}}`;
  }
  return scalar(value);
}

/** `key: value` as block lines, not indented. */
export function renderPair(key: string, value: unknown, indentSeq: boolean): string {
  if (value === null || typeof value !== 'object') return `${renderScalar(key)}: ${renderScalar(value)}\n`;
  return renderBlock({ [key]: value }, indentSeq);
}

/** `- value` as block lines, content at `contentOffset` columns after the dash. */
export function renderSeqItem(value: unknown, indentSeq: boolean, contentOffset: number): string {
  const body = value !== null && typeof value === 'object' ? renderBlock(value, indentSeq) : `${renderScalar(value)}\n`;
  const dash = '-'.padEnd(contentOffset, ' ');
  const pad = ' '.repeat(contentOffset);
  return body.replace(/^(?=[^\n])/gm, (_match, offset: number) => (offset === 0 ? dash : pad));
}
