/**
 * invalid-probe: liveness, readiness and startup probes the API server rejects
 * (validateProbe, validateHandler, validateLivenessProbe, validateReadinessProbe,
 * validateStartupProbe), checked after the probe defaults (timeout 1, period 10, success 1,
 * failure 3, httpGet path "/" and scheme HTTP) as the API server checks them.
 */
import { PORT_RANGE_ERROR, portNameErrors, type ContainerView, type YamlPath } from '@podsmith/manifest';
import { containerFinding, isOutOfPortRange, probedContainers } from '../api-validity';
import { arrayOr, isRecord, type Probe, recordOr, stringOr } from '@podsmith/lifecycle';
import { apiError } from '../messages';
import type { LintContext, RawFinding, Rule } from '../types';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
/** In the order validateHandler visits them. */
const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const TIMINGS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const;
const HTTP_HEADER = "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')";

export const rule: Rule = {
  id: 'invalid-probe',
  category: 'api-validity',
  severity: 'error',
  docs: {
    summary: 'A probe with no handler or more than one, a bad port, scheme or header, negative timings, a liveness or startup successThreshold other than 1, or a terminationGracePeriodSeconds that is not positive or is set on a readiness probe.',
    why: 'validateProbe and validateHandler reject the whole object. A liveness or startup probe succeeds once by definition, so successThreshold must be 1; a probe-level grace period only applies when the probe kills the container, which a readiness probe never does.',
    fix: 'Give each probe exactly one of exec, httpGet, tcpSocket or grpc, a port between 1 and 65535 or a valid port name, non-negative timings, and successThreshold 1 for liveness and startup probes.',
    link: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#configure-probes',
  },
  check(_pod, ctx) {
    // Probes on run-to-completion init containers are forbidden outright: init-container-probes-or-hooks says so.
    return probedContainers(ctx).flatMap((c) =>
      PROBES.flatMap((kind) => {
        const probe = ctx.defaultsOf(c)[kind];
        const raw = recordOr(c.spec[kind]);
        return probe && raw ? checkProbe(kind, probe, raw, [...c.path, kind], c, ctx) : [];
      }),
    );
  },
};

function checkProbe(kind: (typeof PROBES)[number], probe: Probe, raw: Record<string, unknown>, path: YamlPath, c: ContainerView, ctx: LintContext): RawFinding[] {
  const at = (key: readonly (string | number)[], message: (p: string) => string) => containerFinding(c, [...path, ...key], message, ctx);
  const findings = checkHandler(probe, raw, at);
  for (const timing of TIMINGS) {
    const value = probe[timing];
    if (value < 0) findings.push(at([timing], (p) => apiError.invalid(p, value, 'must be greater than or equal to 0')));
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (grace !== undefined && grace <= 0) findings.push(at(['terminationGracePeriodSeconds'], (p) => apiError.invalid(p, grace, 'must be greater than 0')));
  if (kind !== 'readinessProbe' && probe.successThreshold !== 1) {
    findings.push(at(['successThreshold'], (p) => apiError.invalid(p, probe.successThreshold, 'must be 1')));
  }
  if (kind === 'readinessProbe' && grace !== undefined) findings.push(at(['terminationGracePeriodSeconds'], (p) => apiError.invalid(p, grace, 'must not be set for readinessProbes')));
  return findings;
}

type At = (key: readonly (string | number)[], message: (p: string) => string) => RawFinding;

function checkHandler(probe: Probe, raw: Record<string, unknown>, at: At): RawFinding[] {
  const present = HANDLERS.filter((type) => isRecord(raw[type]));
  if (present.length === 0) return [at([], (p) => apiError.required(p, 'must specify a handler type'))];
  const [first, ...extra] = present;
  const findings: RawFinding[] = [];
  if (first === 'exec' && (probe.exec?.command.length ?? 0) === 0) findings.push(at(['exec', 'command'], (p) => apiError.required(p)));
  if (first === 'httpGet' && probe.httpGet) {
    findings.push(...portErrors(recordOr(raw.httpGet)?.port, ['httpGet', 'port'], at));
    const scheme = probe.httpGet.scheme;
    if (scheme !== 'HTTP' && scheme !== 'HTTPS') findings.push(at(['httpGet', 'scheme'], (p) => apiError.notSupported(p, scheme, ['HTTP', 'HTTPS'])));
    for (const header of arrayOr(recordOr(raw.httpGet)?.httpHeaders)) {
      const name = stringOr(recordOr(header)?.name) ?? '';
      if (!/^[-A-Za-z0-9]+$/.test(name)) findings.push(at(['httpGet', 'httpHeaders'], (p) => apiError.invalid(p, name, HTTP_HEADER)));
    }
  }
  if (first === 'tcpSocket') findings.push(...portErrors(recordOr(raw.tcpSocket)?.port, ['tcpSocket', 'port'], at));
  if (first === 'grpc') findings.push(...portErrors(recordOr(raw.grpc)?.port ?? 0, ['grpc', 'port'], at));
  findings.push(...extra.map((type) => at([type], (p) => apiError.forbidden(p, 'may not specify more than 1 handler type'))));
  return findings;
}

/** ValidatePortNumOrName: a missing port is the number 0. */
function portErrors(port: unknown, key: readonly string[], at: At): RawFinding[] {
  const value = port === undefined || port === null ? 0 : port;
  if (typeof value === 'number') return isOutOfPortRange(value) ? [at(key, (p) => apiError.invalid(p, value, PORT_RANGE_ERROR))] : [];
  if (typeof value === 'string') return portNameErrors(value).map((detail) => at(key, (p) => apiError.invalid(p, value, detail)));
  return [];
}
