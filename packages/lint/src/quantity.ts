/**
 * Kubernetes resource quantities (apimachinery resource.Quantity), read by one grammar:
 * - exactly, as resource.Quantity holds them, for the messages the API server prints
 *   about them: it prints `quantity.String()`, the canonical form (`1.5` → `1500m`,
 *   `1024Mi` → `1Gi`, `0.5Ki` → `512`), and compares exact values. Values are a BigInt
 *   mantissa and a power of ten, so `1Ei` and `1n` both stay exact;
 * - as numbers, enough to compare and add requests: `100m` → 0.1, `128Mi` → 134217728.
 */

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  /** value = mantissa × 10^exponent */
  readonly mantissa: bigint;
  readonly exponent: number;
  readonly format: QuantityFormat;
}

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Readonly<Record<string, number>> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const QUANTITY = /^([+-]?)(\d*)(?:\.(\d*))?(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/;

/** apimachinery resource.Quantity: the format, then a known suffix. */
export const QUANTITY_REGEX = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
const QUANTITY_FORMAT = new RegExp(QUANTITY_REGEX);
const KNOWN_SUFFIX = /^(?:[numkMGTPE]|Ki|Mi|Gi|Ti|Pi|Ei|[eE][-+]?\d+)?$/;

/** Why ParseQuantity refuses a string: its format, or its suffix (`1Gb`); undefined when it parses. */
export function quantitySyntaxProblem(value: string): 'format' | 'suffix' | undefined {
  const match = QUANTITY_FORMAT.exec(value.trim());
  const decimal = match && /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(match[1] ?? '');
  if (!match || !decimal) return 'format';
  return KNOWN_SUFFIX.test(match[2] ?? '') ? undefined : 'suffix';
}

/** The API server's detail for a quantity that does not parse. */
export function quantitySyntaxDetail(problem: 'format' | 'suffix'): string {
  return problem === 'suffix' ? "unable to parse quantity's suffix" : `quantities must match the regular expression '${QUANTITY_REGEX}'`;
}

/** ParseQuantity; undefined when the text is not a quantity (a schema error, not ours). */
export function parseExactQuantity(value: string | number): Quantity | undefined {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = QUANTITY.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const [, sign, whole = '', fraction = '', exponentSuffix, suffix = ''] = m;
  let mantissa = BigInt(`${whole}${fraction}` || '0') * (sign === '-' ? -1n : 1n);
  let exponent = -fraction.length;
  let format: QuantityFormat = 'DecimalSI';
  if (exponentSuffix !== undefined) {
    exponent += Number(exponentSuffix.slice(1));
    format = 'DecimalExponent';
  } else if (suffix in BINARY_SUFFIXES) {
    mantissa *= 1024n ** BigInt(BINARY_SUFFIXES[suffix] ?? 0);
    format = 'BinarySI';
  } else {
    exponent += DECIMAL_SUFFIXES[suffix] ?? 0;
  }
  // Quantities keep nano precision at most, rounding up.
  if (exponent < -9) {
    const divisor = 10n ** BigInt(-9 - exponent);
    const rounded = mantissa / divisor + (mantissa % divisor > 0n ? 1n : 0n);
    mantissa = rounded;
    exponent = -9;
  }
  return { mantissa, exponent, format };
}

/** The value of a quantity as a number, or undefined when it is not one. */
export function parseQuantity(value: string | number | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const q = value === undefined ? undefined : parseExactQuantity(value);
  if (!q) return undefined;
  // Dividing by the power of ten keeps `0.1` as close as the literal 0.1 is.
  return q.exponent >= 0 ? Number(q.mantissa) * 10 ** q.exponent : Number(q.mantissa) / 10 ** -q.exponent;
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const e = Math.min(a.exponent, b.exponent);
  const x = a.mantissa * 10n ** BigInt(a.exponent - e);
  const y = b.mantissa * 10n ** BigInt(b.exponent - e);
  return x === y ? 0 : x < y ? -1 : 1;
}

export function isNegative(q: Quantity): boolean {
  return q.mantissa < 0n;
}

/** True when the value is not a whole number (a fractional byte count). */
export function isFractional(q: Quantity): boolean {
  return q.exponent < 0 && q.mantissa % 10n ** BigInt(-q.exponent) !== 0n;
}

/** Quantity.String(): CanonicalizeBytes. */
export function canonicalQuantity(q: Quantity): string {
  if (q.mantissa === 0n) return '0';
  const integer = q.exponent >= 0 || q.mantissa % 10n ** BigInt(-q.exponent) === 0n;
  const small = compareQuantities(q, { mantissa: -1024n, exponent: 0, format: 'DecimalSI' }) > 0 && compareQuantities(q, { mantissa: 1024n, exponent: 0, format: 'DecimalSI' }) < 0;
  if (q.format === 'BinarySI' && integer && !small) return canonicalBinary(q);
  return canonicalDecimal(q, q.format === 'DecimalExponent' ? 'DecimalExponent' : 'DecimalSI');
}

function canonicalBinary(q: Quantity): string {
  let amount = q.exponent >= 0 ? q.mantissa * 10n ** BigInt(q.exponent) : q.mantissa / 10n ** BigInt(-q.exponent);
  let power = 0;
  while (power < 6 && amount % 1024n === 0n) {
    amount /= 1024n;
    power++;
  }
  return `${amount}${['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'][power]}`;
}

function canonicalDecimal(q: Quantity, format: 'DecimalSI' | 'DecimalExponent'): string {
  let amount = q.mantissa;
  let exponent = q.exponent;
  while (amount % 10n === 0n) {
    amount /= 10n;
    exponent++;
  }
  // The exponent goes down to a multiple of three (Go's % keeps the sign).
  const rest = ((exponent % 3) + 3) % 3;
  amount *= 10n ** BigInt(rest);
  exponent -= rest;
  if (format === 'DecimalExponent') return exponent === 0 ? `${amount}` : `${amount}e${exponent}`;
  const suffix = Object.entries(DECIMAL_SUFFIXES).find(([, e]) => e === exponent)?.[0];
  return suffix === undefined ? `${amount}e${exponent}` : `${amount}${suffix}`;
}

/** A quantity for people: cpu in cores or millicores, memory in Mi/Gi. */
export function formatQuantity(resource: string, value: number): string {
  if (resource === 'cpu') return value < 1 ? `${Math.round(value * 1000)}m` : `${+value.toFixed(2)}`;
  if (value >= 2 ** 30) return `${+(value / 2 ** 30).toFixed(2)}Gi`;
  return `${+(value / 2 ** 20).toFixed(1)}Mi`;
}
