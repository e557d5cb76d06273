/**
 * Invalid drafts are refused in the linter's words: the same message the lint rule
 * prints for the same value in the YAML, so the field and the findings agree.
 */
import { describe, expect, it } from 'vitest';
import { lintManifest } from '@podsmith/lint';
import { parseManifest } from '@podsmith/manifest';
import { EVERY_FIELD_YAML } from './testManifest';
import { ctxOf, podOf, specOf } from './testFields';

const pod = podOf(EVERY_FIELD_YAML);

function refusal(target: string, label: string, text: string, yaml = EVERY_FIELD_YAML): string | undefined {
  const p = podOf(yaml);
  return specOf(p, target, label).validate?.(text, ctxOf(p));
}

/** What the linter says about the fixture with `from` replaced by `to`: its messages. */
function lintMessages(from: string, to: string): string[] {
  expect(EVERY_FIELD_YAML).toContain(from);
  return lintManifest(parseManifest(EVERY_FIELD_YAML.replace(from, to))).findings.map((f) => f.message);
}

describe('the field refuses what the linter reports, with the same message', () => {
  it.each([
    ['c:app', 'resources.limits.memory', '-1Gi', 'memory: 512Mi # the OOM line', 'memory: -1Gi'],
    ['c:app', 'resources.limits.memory', '1Gb', 'memory: 512Mi # the OOM line', 'memory: 1Gb'],
    ['c:app', 'resources.limits.memory', '100m', 'memory: 512Mi # the OOM line', 'memory: 100m'],
    ['c:app', 'resources.limits.memory', '128Mi', 'memory: 512Mi # the OOM line', 'memory: 128Mi'],
    ['c:app', 'resources.requests.cpu', '2', 'cpu: 250m # a quarter core', 'cpu: 2'],
    ['c:app', 'livenessProbe.httpGet.port', '70000', 'port: http\n', 'port: 70000\n'],
    ['c:app', 'livenessProbe.httpGet.port', 'no_such', 'port: http\n', 'port: no_such\n'],
    ['c:app', 'livenessProbe.successThreshold', '2', 'successThreshold: 1', 'successThreshold: 2'],
    ['c:app', 'livenessProbe.periodSeconds', '-1', 'periodSeconds: 10', 'periodSeconds: -1'],
    ['c:app', 'lifecycle.preStop.sleep.seconds', '60', 'seconds: 10 #', 'seconds: 60 #'],
    ['c:app', 'env[0].name', 'MY=MODE', 'name: MODE', 'name: "MY=MODE"'],
    ['pod', 'activeDeadlineSeconds', '0', 'activeDeadlineSeconds: 600', 'activeDeadlineSeconds: 0'],
  ])('%s %s = %s', (target, label, text, from, to) => {
    const message = refusal(target, label, text);
    expect(message).toBeDefined();
    expect(lintMessages(from, to)).toContain(message);
  });
});

describe('messages for what the linter cannot see in a YAML value', () => {
  it('refuses a number that is not an integer, and a blank where one is required', () => {
    expect(refusal('pod', 'terminationGracePeriodSeconds', '30s')).toBe('spec.terminationGracePeriodSeconds: Invalid value: "30s": must be an integer');
    expect(refusal('c:app', 'readinessProbe.tcpSocket.port', '')).toBe('spec.containers[0].readinessProbe.tcpSocket.port: Required value');
  });

  it('accepts what the API server accepts: blanks that remove, quantities in any unit', () => {
    for (const text of ['', '250m', '0.5', '1']) expect(refusal('c:app', 'resources.requests.cpu', text)).toBeUndefined();
    for (const text of ['', '512Mi', '1Gi', '1G', '268435456']) expect(refusal('c:app', 'resources.limits.memory', text)).toBeUndefined();
    expect(refusal('c:app', 'readinessProbe.successThreshold', '3')).toBeUndefined();
  });

  it('says what a quantity amounts to', () => {
    expect(specOf(pod, 'c:app', 'resources.requests.cpu').describe?.('250m')).toBe('= 0.25 cores');
    expect(specOf(pod, 'c:app', 'resources.limits.memory').describe?.('1Gi')).toBe('= 1Gi (1,073,741,824 bytes)');
  });
});
