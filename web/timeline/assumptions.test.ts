import { describe, expect, it } from 'vitest';
import { assumptionFields, noOverrides, parseSeconds, withOverride } from './assumptions';
import { KILLED_AT_DEADLINE, LOG_SHIPPER_NATIVE } from './testSimulations';

describe('assumptionFields', () => {
  it('lists the grace period, then each container in the rows’ order, its fields in the order of its life', () => {
    const fields = assumptionFields(LOG_SHIPPER_NATIVE.assumptions, ['app', 'fluent-bit']);
    expect(fields.map((f) => f.key)).toEqual([
      'pod:terminationGracePeriodSeconds',
      'container:app:startup',
      'container:app:run',
      'container:app:shutdown',
      'container:fluent-bit:startup',
      'container:fluent-bit:run',
      'container:fluent-bit:shutdown',
    ]);
    expect(fields[3]).toMatchObject({ container: 'app', field: 'shutdown', label: 'app: stops after SIGTERM in', assumption: { seconds: 5 } });
  });

  it('shows a preStop hook’s hold when the container has one', () => {
    const assumptions = { ...KILLED_AT_DEADLINE.assumptions, containers: { app: { ...KILLED_AT_DEADLINE.assumptions.containers.app!, preStop: { seconds: 40, source: 'pod' as const, why: 'preStop: sleep 40' } } } };
    expect(assumptionFields(assumptions).map((f) => f.field)).toEqual(['terminationGracePeriodSeconds', 'startup', 'run', 'preStop', 'shutdown']);
  });
});

describe('withOverride', () => {
  it('sets and clears the grace period', () => {
    const set = withOverride({}, { field: 'terminationGracePeriodSeconds' }, 60);
    expect(set).toEqual({ terminationGracePeriodSeconds: 60 });
    expect(withOverride(set, { field: 'terminationGracePeriodSeconds' }, undefined)).toEqual({});
  });

  it('sets a container’s field beside the others, and drops what becomes empty', () => {
    let overrides = withOverride({}, { container: 'app', field: 'shutdown' }, 12);
    overrides = withOverride(overrides, { container: 'app', field: 'startup' }, 3);
    overrides = withOverride(overrides, { container: 'fluent-bit', field: 'shutdown' }, 2);
    expect(overrides).toEqual({ containers: { app: { shutdown: 12, startup: 3 }, 'fluent-bit': { shutdown: 2 } } });
    overrides = withOverride(overrides, { container: 'app', field: 'shutdown' }, undefined);
    overrides = withOverride(overrides, { container: 'app', field: 'startup' }, undefined);
    expect(overrides).toEqual({ containers: { 'fluent-bit': { shutdown: 2 } } });
    expect(noOverrides(overrides)).toBe(false);
    expect(noOverrides(withOverride(overrides, { container: 'fluent-bit', field: 'shutdown' }, undefined))).toBe(true);
  });

  it('keeps a container named __proto__ a plain key, never a prototype', () => {
    const overrides = withOverride({}, { container: '__proto__', field: 'shutdown' }, 4);
    expect(Object.hasOwn(overrides.containers!, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(overrides.containers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).shutdown).toBeUndefined();
  });
});

describe('parseSeconds', () => {
  it('reads seconds, empty as "back to the assumption", and refuses the rest', () => {
    expect(parseSeconds(' 2.5 ')).toEqual({ ok: true, seconds: 2.5 });
    expect(parseSeconds('')).toEqual({ ok: true, seconds: undefined });
    expect(parseSeconds('-1')).toEqual({ ok: false });
    expect(parseSeconds('abc')).toEqual({ ok: false });
    expect(parseSeconds('1e9')).toEqual({ ok: false });
  });
});
