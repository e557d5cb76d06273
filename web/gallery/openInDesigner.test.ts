import { describe, expect, it } from 'vitest';
import { POD_PATTERNS } from '@podsmith/patterns/pods';
import { formLabel, formTitle } from './openInDesigner';

describe('how the gallery names a form', () => {
  it('the broken form by its kind, the fixed form as fixed; the heading with a capital', () => {
    const pattern = POD_PATTERNS[0]!;
    const legacy = { ...pattern, broken: { ...pattern.broken, kind: 'legacy' as const } };
    expect(formLabel(legacy, 'broken')).toBe('legacy');
    expect(formTitle(legacy, 'broken')).toBe('Legacy form');
    expect(formTitle(pattern, 'fixed')).toBe('Fixed form');
  });
});
