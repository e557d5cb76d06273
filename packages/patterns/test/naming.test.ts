import { describe, expect, test } from 'vitest';
import { dns1123LabelError, portNameError } from '@podsmith/manifest';
import { uniqueName } from '../src';

describe('uniqueName', () => {
  test('keeps a free name', () => {
    expect(uniqueName('app', [])).toBe('app');
    expect(uniqueName('app', ['web', 'app-2'])).toBe('app');
  });

  test('numbers from 2', () => {
    expect(uniqueName('app', ['app'])).toBe('app-2');
    expect(uniqueName('app', ['app', 'app-2', 'app-3'])).toBe('app-4');
  });

  test('fills the first gap', () => {
    expect(uniqueName('app', ['app', 'app-3'])).toBe('app-2');
  });

  test('takes any iterable', () => {
    expect(uniqueName('app', new Set(['app']))).toBe('app-2');
  });

  test('stays a valid DNS label when the base is at the length limit', () => {
    const base = 'a'.repeat(62) + 'b';
    const name = uniqueName(base, [base]);
    expect(name).toHaveLength(63);
    expect(name.endsWith('-2')).toBe(true);
    expect(dns1123LabelError(name)).toBeUndefined();
  });

  test('keeps to a shorter limit when given one (port names: 15 characters)', () => {
    const name = uniqueName('metrics-scrape1', ['metrics-scrape1'], 15);
    expect(name).toBe('metrics-scrap-2');
    expect(portNameError(name)).toBeUndefined();
  });

  test('drops a hyphen the cut leaves behind', () => {
    const base = 'a'.repeat(60) + '-bc';
    const name = uniqueName(base, [base]);
    expect(name).toBe('a'.repeat(60) + '-2');
    expect(dns1123LabelError(name)).toBeUndefined();
  });
});
