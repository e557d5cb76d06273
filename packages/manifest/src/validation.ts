/**
 * Field checks the API server applies, with its own wording
 * (k8s.io/apimachinery/pkg/util/validation). Used by the inspector to refuse bad
 * input at the field, and by the linter's API-validity rules.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_LABEL_MAX = 63;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

/**
 * IsDNS1123Label: every reason `value` is not a lowercase RFC 1123 label, as the API server
 * lists them (each one is its own `Invalid value` error). Empty when it is one.
 */
export function dns1123LabelErrors(value: string): readonly string[] {
  const errors: string[] = [];
  if (value.length > DNS1123_LABEL_MAX) errors.push(`must be no more than ${DNS1123_LABEL_MAX} characters`);
  if (!DNS1123_LABEL.test(value)) {
    // A valid subdomain that is not a valid label (length was checked above) has dots.
    errors.push(DNS1123_SUBDOMAIN.test(value) ? 'must not contain dots' : DNS1123_LABEL_MESSAGE);
  }
  return errors;
}

/** Why `value` is not a lowercase RFC 1123 label (a container or volume name), or undefined. */
export function dns1123LabelError(value: string): string | undefined {
  return value === '' ? 'Required value' : dns1123LabelErrors(value)[0];
}

/** IsValidPortNum's detail for a port outside 1-65535. */
export const PORT_RANGE_ERROR = 'must be between 1 and 65535, inclusive';

/** Why `value` is not a valid port number (1-65535), or undefined. */
export function portNumberError(value: number): string | undefined {
  if (!Number.isInteger(value)) return 'must be an integer';
  if (value === 0) return 'Required value';
  if (value < 1 || value > 65535) return PORT_RANGE_ERROR;
  return undefined;
}

/** IsValidPortName: every reason `value` is not an IANA_SVC_NAME (a port name), in the API server's order. */
export function portNameErrors(value: string): readonly string[] {
  const errors: string[] = [];
  if (value.length > 15) errors.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(value)) errors.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(value)) errors.push('must contain at least one letter (a-z)');
  if (value.includes('--')) errors.push('must not contain consecutive hyphens');
  if (value.startsWith('-') || value.endsWith('-')) errors.push('must not begin or end with a hyphen');
  return errors;
}

/** Why `value` is not an IANA_SVC_NAME (a port name), or undefined. */
export function portNameError(value: string): string | undefined {
  return portNameErrors(value)[0];
}

/** Protocols a container port may use. */
export const PORT_PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;

const DNS1123_SUBDOMAIN_MAX = 253;
const DNS1123_SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** IsDNS1123Subdomain (an object's name, a ConfigMap or a claim): every reason `value` is not one. */
export function dns1123SubdomainErrors(value: string): readonly string[] {
  const errors: string[] = [];
  if (value.length > DNS1123_SUBDOMAIN_MAX) errors.push(`must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`);
  if (!DNS1123_SUBDOMAIN.test(value)) errors.push(DNS1123_SUBDOMAIN_MESSAGE);
  return errors;
}
