import { describe, expect, it } from 'vitest';
import { loadSavedText, loadSavedVersion, saveText, saveVersion } from './persistence';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const broken: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('autosave', () => {
  it('keeps the text and the target version', () => {
    const storage = memory();
    saveText('kind: Pod\n', storage);
    saveVersion('1.30', storage);
    expect(loadSavedText(storage)).toBe('kind: Pod\n');
    expect(loadSavedVersion(['1.29', '1.30'], storage)).toBe('1.30');
  });

  it('ignores a saved version that is no longer supported', () => {
    const storage = memory();
    saveVersion('1.19', storage);
    expect(loadSavedVersion(['1.29', '1.30'], storage)).toBeUndefined();
  });

  it('works without storage (private mode, quota)', () => {
    expect(() => saveText('x', broken)).not.toThrow();
    expect(() => saveVersion('1.30', broken)).not.toThrow();
    expect(loadSavedText(broken)).toBeUndefined();
    expect(loadSavedVersion(['1.30'], broken)).toBeUndefined();
  });
});
