/**
 * Messages in the API server's words (k8s.io/apimachinery/pkg/util/validation/field
 * errors.go): `<field.path>: <Type>[: <value>][: <detail>]`. Strings are %q-quoted,
 * numbers bare, so users recognise the message from `kubectl apply`.
 */

/** Go's %q for the values manifests hold; JSON quoting matches it for printable text. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

function show(value: string | number | boolean): string {
  return typeof value === 'string' ? quote(value) : String(value);
}

function withDetail(head: string, detail: string | undefined): string {
  return detail ? `${head}: ${detail}` : head;
}

export const apiError = {
  required: (path: string, detail?: string) => withDetail(`${path}: Required value`, detail),
  invalid: (path: string, value: string | number | boolean, detail: string) => `${path}: Invalid value: ${show(value)}: ${detail}`,
  duplicate: (path: string, value: string | number) => `${path}: Duplicate value: ${show(value)}`,
  notFound: (path: string, value: string) => `${path}: Not found: ${show(value)}`,
  forbidden: (path: string, detail: string) => `${path}: Forbidden: ${detail}`,
  notSupported: (path: string, value: string, supported: readonly string[]) =>
    `${path}: Unsupported value: ${show(value)}: supported values: ${supported.map(quote).join(', ')}`,
  tooMany: (path: string, actual: number, max: number) => `${path}: Too many: ${actual}: must have at most ${max} ${max === 1 ? 'item' : 'items'}`,
};

/** An API server warning (pkg/api/pod/warnings.go): plain `<path>: <text>`, the object is still accepted. */
export function apiWarning(path: string, text: string): string {
  return `${path}: ${text}`;
}

/** Go's %#v of a []string, the value the API server prints for a list field: `[]string{"a", "b"}`. */
export function goStrings(values: readonly string[]): string {
  return `[]string{${values.map(quote).join(', ')}}`;
}

/** A map key in a field path as the API server prints it: `resources.limits[cpu]`. */
export function keyPath(path: string, key: string): string {
  return `${path}[${key}]`;
}
