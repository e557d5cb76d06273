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
};
