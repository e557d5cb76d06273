import { describe, expect, it } from 'vitest';
import { assumptionFields, noOverrides, parseSeconds, parseValue, valueWords, withOverride } from './assumptions';
import { KILLED_AT_DEADLINE, LOG_SHIPPER_NATIVE } from './testSimulations';

describe('assumptionFields', () => {
  it('lists the grace period, then each container in the rows’ order, its fields in the order of its life', () => {
    const fields = assumptionFields(LOG_SHIPPER_NATIVE.assumptions, ['app', 'fluent-bit']);
    expect(fields.map((f) => f.key)).toEqual([
      'pod:terminationGracePeriodSeconds',
      'container:app:startup',
      'container:app:run',
      'container:app:exitCode',
      'container:app:failures',
      'container:app:shutdown',
      'container:fluent-bit:startup',
      'container:fluent-bit:run',
      'container:fluent-bit:exitCode',
      'container:fluent-bit:failures',
      'container:fluent-bit:shutdown',
    ]);
    expect(fields[5]).toMatchObject({ container: 'app', field: 'shutdown', label: 'app: stops after SIGTERM in', unit: 'seconds', value: 5 });
    expect(fields[3]).toMatchObject({ field: 'exitCode', label: 'app: exits with code', unit: 'exit code', value: 0 });
    expect(fields[4]).toMatchObject({ field: 'failures', label: 'app: runs that go wrong', unit: 'runs', value: Infinity });
  });

  it('shows a preStop hook’s hold when the container has one', () => {
    const assumptions = { ...KILLED_AT_DEADLINE.assumptions, containers: { app: { ...KILLED_AT_DEADLINE.assumptions.containers.app!, preStop: { seconds: 40, source: 'pod' as const, why: 'preStop: sleep 40' } } } };
    expect(assumptionFields(assumptions).map((f) => f.field)).toEqual(['terminationGracePeriodSeconds', 'startup', 'run', 'exitCode', 'failures', 'preStop', 'shutdown']);
  });

  it('shows when a livenessProbe fails, when the container has one', () => {
    const assumptions = { ...KILLED_AT_DEADLINE.assumptions, containers: { app: { ...KILLED_AT_DEADLINE.assumptions.containers.app!, liveness: { seconds: 20, source: 'pod' as const, why: 'livenessProbe: it exits 1 at every try' } } } };
    expect(assumptionFields(assumptions).find((f) => f.field === 'liveness')).toMatchObject({ label: 'app: livenessProbe fails after', unit: 'seconds', value: 20 });
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

describe('parseValue and valueWords', () => {
  it('reads an exit code from 0 to 255 and a number of runs as whole numbers', () => {
    expect(parseValue('1', 'exit code')).toEqual({ ok: true, value: 1 });
    expect(parseValue('256', 'exit code')).toEqual({ ok: false });
    expect(parseValue('1.5', 'runs')).toEqual({ ok: false });
    expect(parseValue(' 3 ', 'runs')).toEqual({ ok: true, value: 3 });
    expect(parseValue('', 'runs')).toEqual({ ok: true, value: undefined });
    expect(parseValue('2.5', 'seconds')).toEqual({ ok: true, value: 2.5 });
  });

  it('says a value in words, by its unit', () => {
    expect(valueWords({ unit: 'exit code', value: 1 })).toBe('exit 1');
    expect(valueWords({ unit: 'runs', value: Infinity })).toBe('every run');
    expect(valueWords({ unit: 'runs', value: 1 })).toBe('1 run');
    expect(valueWords({ unit: 'seconds', value: Infinity })).toBe('never');
    expect(valueWords({ unit: 'seconds', value: 2.5 })).toBe('2.5 s');
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
