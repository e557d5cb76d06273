/**
 * The catalogue as a whole: the ids RULES.md (the team's rule catalogue) asks this
 * package for, one module and one test file per rule, and the generated rule reference.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasQuickFix, hasSuggestions, renderRulesMarkdown, RULES } from '../src';

/** The schema, api-validity, volume, network and lifecycle rows of the catalogue. */
const CATALOGUE_IDS = [
  'unknown-field', 'invalid-value-type',
  'invalid-container-name', 'duplicate-container-name', 'no-main-container', 'missing-image', 'invalid-port-name', 'invalid-port-number',
  'duplicate-host-port', 'host-network-port-mismatch', 'invalid-probe', 'invalid-lifecycle-hook', 'init-container-probes-or-hooks',
  'invalid-init-restart-policy', 'container-restart-policy', 'invalid-restart-rules', 'invalid-pod-restart-policy', 'negative-grace-period',
  'invalid-resources', 'invalid-env', 'invalid-ephemeral-container', 'invalid-pod-field', 'invalid-stop-signal', 'invalid-resize-policy',
  'invalid-volume', 'invalid-volume-mount', 'invalid-sub-path', 'invalid-mount-propagation', 'invalid-volume-projection',
  'port-collision', 'sidecar-host-port-collision', 'sidecar-named-port-unresolved', 'duplicate-port-name', 'probe-port-undeclared',
  'job-blocked-by-sidecar', 'log-shipper-not-native', 'proxy-not-native', 'init-never-exits', 'sidecar-without-startup-probe',
  'sidecar-startup-deadlock', 'sidecar-readiness-gates-pod', 'init-before-sidecar-dependency', 'sidecar-order',
  'grace-period-exhausted', 'prestop-exceeds-grace-period', 'sidecar-prestop-exits', 'legacy-ordering-workaround',
  'native-sidecar-unsupported-version', 'sidecar-nonzero-exit-in-job', 'init-without-deadline', 'zero-grace-period',
  'sidecar-resources-summed', 'tcp-socket-hook',
];

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('the rule catalogue', () => {
  it('has exactly the catalogue ids, each once', () => {
    expect(RULES.map((r) => r.id)).toEqual(CATALOGUE_IDS);
  });

  it('has one module and one RuleTester test per rule', () => {
    for (const { id } of RULES) {
      expect(existsSync(here(`../src/rules/${id}.ts`)), id).toBe(true);
      expect(existsSync(here(`./rules/${id}.test.ts`)), id).toBe(true);
    }
  });

  it('offers the quick fixes the findings panel promises', () => {
    const withFix = RULES.filter(hasQuickFix).map((r) => r.id);
    for (const id of ['job-blocked-by-sidecar', 'log-shipper-not-native', 'proxy-not-native', 'sidecar-without-startup-probe', 'sidecar-order', 'init-before-sidecar-dependency', 'zero-grace-period', 'prestop-exceeds-grace-period', 'invalid-volume-mount']) {
      expect(withFix).toContain(id);
    }
  });

  it('offers renumbering a colliding port as suggestions, never as a quick fix (it changes what a program listens on)', () => {
    expect(RULES.filter(hasSuggestions).map((r) => r.id)).toEqual(['port-collision']);
    expect(RULES.filter(hasQuickFix).map((r) => r.id)).not.toContain('port-collision');
  });

  it('generates packages/lint/RULES.md from the rules (run vitest with -u after changing a rule)', async () => {
    await expect(renderRulesMarkdown(RULES)).toMatchFileSnapshot('../RULES.md');
  });
});
