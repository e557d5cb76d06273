/**
 * Environment variable names as the API server checks them (apimachinery IsEnvVarName
 * before RelaxedEnvironmentVariableValidation, IsRelaxedEnvVarName after, 1.32+).
 * Shared by invalid-env and the inspector's env fields.
 */

const STRICT_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const STRICT_MESSAGE =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";
const RELAXED_MESSAGE = "a valid environment variable name must consist only of printable ASCII characters other than '='";

/** Every reason `name` is not a valid env var name; `relaxed` when the target version relaxes the check. */
export function envVarNameErrors(name: string, relaxed: boolean): readonly string[] {
  if (relaxed) {
    return [...name].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) > 0x7e || ch === '=') ? [RELAXED_MESSAGE] : [];
  }
  const errors = STRICT_NAME.test(name) ? [] : [STRICT_MESSAGE];
  if (name === '.') errors.push("must not be '.'");
  else if (name === '..') errors.push("must not be '..'");
  else if (name.startsWith('..')) errors.push("must not start with '..'");
  return errors;
}
