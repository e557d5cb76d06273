/**
 * Narrowing readers for plain data from user text, where any field can hold anything.
 * A value of the wrong type reads as absent: a schema rule reports it, the other rules
 * carry on as the API server's defaulting would.
 */

export type PlainRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function recordOr(value: unknown): PlainRecord | undefined {
  return isRecord(value) ? value : undefined;
}

export function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function arrayOr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Strings of a list; numbers and booleans as YAML would print them (command: [sleep, 10]). */
export function stringsOf(value: unknown): readonly string[] {
  return arrayOr(value).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'number' || typeof v === 'boolean' ? [String(v)] : []));
}

/** An int-or-string field (probe ports, targetPort): a number or a non-empty string. */
export function intOrStringOr(value: unknown): number | string | undefined {
  return numberOr(value) ?? (typeof value === 'string' && value !== '' ? value : undefined);
}
