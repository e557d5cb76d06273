import { describe, expect, it } from 'vitest';
import { createAutosave, loadHintDismissed, loadSavedPaneSizes, loadSavedText, loadSavedVersion, savePaneSizes, saveHintDismissed, saveText, saveVersion, type AutosaveHost } from './persistence';

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
  it('keeps the text, the target version and the pane widths', () => {
    const storage = memory();
    saveText('kind: Pod\n', storage);
    saveVersion('1.30', storage);
    savePaneSizes('{"editor":500}', storage);
    expect(loadSavedText(storage)).toBe('kind: Pod\n');
    expect(loadSavedVersion(['1.29', '1.30'], storage)).toBe('1.30');
    expect(loadSavedPaneSizes(storage)).toBe('{"editor":500}');
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
    expect(() => savePaneSizes('{}', broken)).not.toThrow();
    expect(loadSavedPaneSizes(broken)).toBeUndefined();
  });
});

/** A host whose one timer and page-leave event the test fires by hand. */
function manualHost() {
  let timer: (() => void) | undefined;
  let leave: (() => void) | undefined;
  const host: AutosaveHost = {
    setTimeout: (run) => (timer = run),
    clearTimeout: () => (timer = undefined),
    onLeave: (run) => (leave = run),
  };
  return { host, fireTimer: () => timer?.(), leave: () => leave?.() };
}

describe('the first-visit hint', () => {
  it('shows until dismissed; a value it did not write, or no storage, shows it again', () => {
    const storage = memory();
    expect(loadHintDismissed(storage)).toBe(false);
    saveHintDismissed(storage);
    expect(loadHintDismissed(storage)).toBe(true);
    storage.setItem('podsmith.firstVisitHint.v1', 'true');
    expect(loadHintDismissed(storage)).toBe(false);
    expect(loadHintDismissed(broken)).toBe(false);
    expect(() => saveHintDismissed(broken)).not.toThrow();
  });
});

describe('createAutosave', () => {
  it('writes the last text once the typing pauses, not every keystroke', () => {
    const storage = memory();
    const { host, fireTimer } = manualHost();
    const autosave = createAutosave(300, storage, host);
    autosave.save('a');
    autosave.save('ab');
    expect(loadSavedText(storage)).toBeUndefined();
    fireTimer();
    expect(loadSavedText(storage)).toBe('ab');
  });

  it('writes a pending text at once when the page is left', () => {
    const storage = memory();
    const { host, leave } = manualHost();
    createAutosave(300, storage, host).save('kind: Pod\n');
    leave();
    expect(loadSavedText(storage)).toBe('kind: Pod\n');
  });

  it('leaving with nothing pending writes nothing', () => {
    const storage = memory();
    const { host, leave } = manualHost();
    createAutosave(300, storage, host);
    leave();
    expect(loadSavedText(storage)).toBeUndefined();
  });
});
