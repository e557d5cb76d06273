/**
 * invalid-value-type: a value of the wrong type for its field, which the API server
 * refuses before it validates anything: a number or `yes` where a string goes (an env
 * value, an annotation), a string where an integer goes, a quantity that does not parse,
 * an int-or-string port written as a string of digits (then it is a port NAME, and names
 * need a letter). Same kinds as unknown-field: those the schema knows.
 */
import { apiError } from '../messages';
import { containerNameAt } from '../objects';
import { goType, jsonValueName, minorOf, schemaIssues, type SchemaIssue } from '../schema/strict';
import { quantitySyntaxDetail } from '../quantity';
import type { ObjectRule, RawFinding } from '../types';

export const rule: ObjectRule = {
  id: 'invalid-value-type',
  category: 'schema',
  severity: 'error',
  docs: {
    summary: 'A value of the wrong type for its field: a number or boolean where a string goes, a string where a number goes, a malformed quantity, a port number written as a string.',
    why: 'The API server decodes the manifest into typed fields and refuses the object when a value does not fit: `json: cannot unmarshal number into Go struct field EnvVar.spec.template.spec.containers.env.value of type string` (YAML reads an unquoted 8080, true or yes as a number or a boolean). A quantity must match `^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$` with a known suffix (`1Gb` and `500mb` do not). A probe or Service port given as "8080" is a port name, not a number, and a port name must contain a letter.',
    fix: 'Quote strings that look like numbers or booleans ("8080", "true"), write numbers without quotes, and write quantities as 500m, 128Mi or 1Gi.',
    link: 'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/',
  },
  checkObject(object, ctx) {
    return schemaIssues(object.value, minorOf(ctx.version)).flatMap((issue): RawFinding[] => {
      const path = [...object.path, ...issue.path];
      const message = messageOf(issue, ctx.apiPath(path));
      return message === undefined ? [] : [{ path, container: containerNameAt(object.value, issue.path), message }];
    });
  },
};

function messageOf(issue: SchemaIssue, apiPath: string): string | undefined {
  switch (issue.kind) {
    case 'unknown':
      return undefined;
    case 'port-name':
      return `${apiError.invalid(apiPath, issue.value, 'must contain at least one letter (a-z)')} (a port number is written without quotes)`;
    case 'quantity': {
      const detail = quantitySyntaxDetail(issue.problem);
      return typeof issue.value === 'string' ? apiError.invalid(apiPath, issue.value, detail) : `${apiPath}: ${detail}`;
    }
    case 'type':
      return `${unmarshalError(issue.value, issue.type, issue.goField)}${hint(issue.value, issue.type)}`;
  }
}

/** Go's encoding/json error, as the API server returns it. */
function unmarshalError(value: unknown, type: string, goField: string | undefined): string {
  const what = jsonValueName(value, type);
  // IntOrString and Time decode themselves: their errors name no struct field.
  if (type === 'int-or-string') return `json: cannot unmarshal ${what} into Go value of type int32`;
  if (type === 'time') return `json: cannot unmarshal ${what} into Go value of type string`;
  const into = goField === undefined ? 'Go value' : `Go struct field ${goField}`;
  return `json: cannot unmarshal ${what} into ${into} of type ${goType(type)}`;
}

/** The likely intent, where the YAML reading explains the mistake. */
function hint(value: unknown, type: string): string {
  if (type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return ` (YAML reads it as a ${typeof value}: quote it to make it a string)`;
  if ((type === 'int32' || type === 'int64') && typeof value === 'string' && /^-?\d+$/.test(value.trim())) return ' (write the number without quotes)';
  return '';
}
