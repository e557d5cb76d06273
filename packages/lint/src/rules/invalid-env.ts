/**
 * invalid-env: environment variables the API server rejects (ValidateEnv,
 * validateEnvVarValueFrom; apimachinery IsEnvVarName / IsRelaxedEnvVarName), and a name
 * defined twice, which it accepts with a warning (pkg/api/pod/warnings.go).
 */
import type { ContainerView } from '@podsmith/manifest';
import { containerFinding } from '../api-validity';
import { apiError, apiWarning, quote } from '../messages';
import { envVarNameErrors } from '../env-names';
import { arrayOr, FEATURE_SINCE, isRecord, recordOr, stringOr } from '@podsmith/lifecycle';
import type { LintContext, RawFinding, Rule } from '../types';

/** Sources of valueFrom; fileKeyRef (1.34+) counts too, so a newer source is never called missing. */
const SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'] as const;

export const rule: Rule = {
  id: 'invalid-env',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'An env var without a name or with a name the target version refuses, a valueFrom with no source, two sources or next to a value; a name defined twice is an API warning.',
    why: 'ValidateEnv rejects the object. Until RelaxedEnvironmentVariableValidation is on by default (1.32) names must match [-._a-zA-Z][-._a-zA-Z0-9]* and not be ".", ".." or start with ".."; from then any printable ASCII but "=" is accepted. A repeated name is accepted with a warning: the later value wins, and kubectl apply may drop one of them on the next change.',
    fix: 'Name each variable once, with letters, digits and _ (portable to every shell); give it either value or valueFrom with exactly one source.',
    link: 'https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/',
  },
  check(pod, ctx) {
    return pod.containers.flatMap((c) => checkContainer(c, ctx));
  },
};

function checkContainer(c: ContainerView, ctx: LintContext): RawFinding[] {
  const findings: RawFinding[] = [];
  const seen = new Set<string>();
  arrayOr(c.spec.env).forEach((raw, i) => {
    const env = recordOr(raw) ?? {};
    const at = (keys: readonly string[], message: (p: string) => string, severity?: 'warning') => containerFinding(c, [...c.path, 'env', i, ...keys], message, ctx, severity);
    const name = stringOr(env.name) ?? '';
    if (name === '') findings.push(at(['name'], (p) => apiError.required(p)));
    else for (const detail of envVarNameErrors(name, ctx.atLeast(FEATURE_SINCE.relaxedEnvVarNames))) findings.push(at(['name'], (p) => apiError.invalid(p, name, detail)));
    const value = stringOr(env.value) ?? '';
    const valueFrom = recordOr(env.valueFrom);
    if (valueFrom) {
      const sources = SOURCES.filter((s) => isRecord(valueFrom[s])).length;
      const detail =
        sources === 0
          ? 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'
          : value !== ''
            ? 'may not be specified when `value` is not empty'
            : sources > 1
              ? 'may not have more than one field specified at a time'
              : undefined;
      if (detail) findings.push(at(['valueFrom'], (p) => apiError.invalid(p, '', detail)));
    }
    // warnings.go: a redefinition that does not build on the previous value ($(NAME)).
    if (seen.has(name)) {
      const ref = `$(${name})`;
      if (valueFrom || value === ref || !value.includes(ref)) findings.push(at([], (p) => apiWarning(p, `hides previous definition of ${quote(name)}, which may be dropped when using apply`), 'warning'));
    } else seen.add(name);
  });
  return findings;
}
