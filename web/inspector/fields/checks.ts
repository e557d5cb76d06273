/**
 * Why a draft is refused, in the linter's words: its message functions (apiError), its
 * quantity grammar and its port, name and env checks, imported, never copied. Each check
 * takes the draft text and the API path the message names. Pure.
 */
import { dns1123LabelErrors, dns1123SubdomainErrors, PORT_RANGE_ERROR, portNameErrors, valueAt, type YamlPath } from '@podsmith/manifest';
import { apiError, apiWarning, keyPath, quote } from '@podsmith/lint/messages';
import { isOutOfPortRange } from '@podsmith/lint/api-validity';
import { envVarNameErrors } from '@podsmith/lint/env-names';
import { fieldPath } from '@podsmith/lint/paths';
import {
  canonicalQuantity,
  compareQuantities,
  formatQuantity,
  isFractional,
  isNegative,
  parseExactQuantity,
  parseQuantity,
  quantitySyntaxDetail,
  quantitySyntaxProblem,
} from '@podsmith/lint/quantity';
import { FEATURE_SINCE } from '@podsmith/lifecycle';
import type { FieldContext } from './model';

const INT32_MAX = 2147483647;

/** An integer at or above `min` (the API server's int32 fields). Blank is fine: it removes the key. */
export function integerError(text: string, apiPath: string, min: number): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  // Number('8e3') and Number('0x50') are integers too, but no one means them so.
  if (!/^-?\d+$/.test(trimmed)) return apiError.invalid(apiPath, trimmed, 'must be an integer');
  const value = Number(trimmed);
  if (value > INT32_MAX) return apiError.invalid(apiPath, value, `must be between ${min} and ${INT32_MAX}, inclusive`);
  if (value < min) return apiError.invalid(apiPath, value, min === 0 ? 'must be greater than or equal to 0' : `must be between ${min} and ${INT32_MAX}, inclusive`);
  return undefined;
}

/**
 * A quantity the API server reads: its grammar (the decoder names `apiPath`), then not
 * negative and whole bytes for memory (validation names `valuePath`).
 */
export function quantityError(text: string, apiPath: string, valuePath: string, bytes: boolean): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const problem = quantitySyntaxProblem(trimmed);
  if (problem) return apiError.invalid(apiPath, trimmed, quantitySyntaxDetail(problem));
  const q = parseExactQuantity(trimmed);
  if (!q) return apiError.invalid(apiPath, trimmed, quantitySyntaxDetail('format'));
  if (isNegative(q)) return apiError.invalid(valuePath, canonicalQuantity(q), 'must be greater than or equal to 0');
  if (bytes && isFractional(q)) return apiWarning(valuePath, `fractional byte value ${quote(canonicalQuantity(q))} is invalid, must be an integer`);
  return undefined;
}

/** What a quantity amounts to, for people: `250m` is 0.25 cores, `1Gi` is 1024 MiB. */
export function describeQuantity(text: string, bytes: boolean): string | undefined {
  const value = parseQuantity(text.trim());
  if (value === undefined || text.trim() === '') return undefined;
  if (!bytes) return `= ${+value.toFixed(3)} ${value === 1 ? 'core' : 'cores'}`;
  return `= ${formatQuantity('memory', value)} (${value.toLocaleString('en')} bytes)`;
}

/**
 * A request above its limit (ValidateContainerResourceRequirements; requests default to
 * limits, so only a written request can be above). `list` is the one being typed into.
 */
export function requestLimitError(text: string, ctx: FieldContext, resources: YamlPath, list: 'requests' | 'limits', name: string): string | undefined {
  const typed = parseExactQuantity(text.trim());
  const otherList = list === 'requests' ? 'limits' : 'requests';
  const raw = valueAt(ctx.object, [...resources, otherList, name]);
  const other = typeof raw === 'string' || typeof raw === 'number' ? parseExactQuantity(raw) : undefined;
  if (!typed || !other) return undefined;
  const [request, limit] = list === 'requests' ? [typed, other] : [other, typed];
  if (compareQuantities(request, limit) <= 0) return undefined;
  return apiError.invalid(fieldPath([...resources, 'requests']), canonicalQuantity(request), `must be less than or equal to ${name} limit of ${canonicalQuantity(limit)}`);
}

/** The path of a resource in messages: `spec.containers[0].resources.limits[memory]`. */
export function resourceApiPath(resources: YamlPath, list: string, name: string): string {
  return keyPath(fieldPath([...resources, list]), name);
}

/** ValidatePortNumOrName: a number in 1-65535, or an IANA_SVC_NAME. Required in a probe or hook. */
export function portOrNameError(text: string, apiPath: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return apiError.required(apiPath);
  if (/^\d+$/.test(trimmed)) return isOutOfPortRange(Number(trimmed)) ? apiError.invalid(apiPath, Number(trimmed), PORT_RANGE_ERROR) : undefined;
  const detail = portNameErrors(trimmed)[0];
  return detail ? apiError.invalid(apiPath, trimmed, detail) : undefined;
}

/** A value that must be there: a blank would leave an object the API server refuses. */
export function requiredError(text: string, apiPath: string): string | undefined {
  return text.trim() === '' ? apiError.required(apiPath) : undefined;
}

/** A liveness or startup probe succeeds once by definition (validateLivenessProbe / validateStartupProbe). */
export function successThresholdError(text: string, apiPath: string, probe: string): string | undefined {
  if (probe === 'readinessProbe' || text.trim() === '' || Number(text) === 1) return undefined;
  return apiError.invalid(apiPath, Number(text), 'must be 1');
}

/** validateSleepAction: between 0 (1.33+, else 1) and the pod's grace period. */
export function sleepSecondsError(text: string, apiPath: string, ctx: FieldContext): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return apiError.required(apiPath);
  const seconds = Number(trimmed);
  const written = valueAt(ctx.pod.spec, ['terminationGracePeriodSeconds']);
  const grace = typeof written === 'number' ? written : 30;
  if (ctx.atLeast(FEATURE_SINCE.sleepActionZero)) {
    return seconds >= 0 && seconds <= grace ? undefined : apiError.invalid(apiPath, seconds, `must be non-negative and less than terminationGracePeriodSeconds (${grace})`);
  }
  if (seconds > 0 && seconds <= grace) return undefined;
  return apiError.invalid(apiPath, seconds, `must be greater than 0 and less than terminationGracePeriodSeconds (${grace}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`);
}

/** An env var name, as the target version checks it. */
export function envNameError(text: string, apiPath: string, ctx: FieldContext): string | undefined {
  if (text === '') return apiError.required(apiPath);
  const detail = envVarNameErrors(text, ctx.atLeast(FEATURE_SINCE.relaxedEnvVarNames))[0];
  return detail ? apiError.invalid(apiPath, text, detail) : undefined;
}

/** A name that must be a DNS-1123 label (a namespace, a service account). Blank is fine where it removes the key. */
export function dnsLabelError(text: string, apiPath: string, required = false): string | undefined {
  if (text === '') return required ? apiError.required(apiPath) : undefined;
  const detail = dns1123LabelErrors(text)[0];
  return detail ? apiError.invalid(apiPath, text, detail) : undefined;
}

/** A name that must be a DNS-1123 subdomain (an object's name, a ConfigMap, a Secret, a claim). */
export function dnsSubdomainError(text: string, apiPath: string, required = true): string | undefined {
  if (text === '') return required ? apiError.required(apiPath) : undefined;
  const detail = dns1123SubdomainErrors(text)[0];
  return detail ? apiError.invalid(apiPath, text, detail) : undefined;
}
