import { describe, expect, it } from 'vitest';
import { applyPatch, diffText } from '@podsmith/manifest';
import { lineEndingOf, snapPatchToLineBreaks } from './sync';

describe('patches for Monaco', () => {
  it('never split a CRLF pair, and still produce the new text', () => {
    const cases: [string, string][] = [
      ['a\r\nb', 'a\r\r\nb'],
      ['a\r\nb\r\n', 'a\r\nc\r\nb\r\n'],
      ['x\r\ny', 'x\ny'],
      ['one\r\ntwo', 'one\r\ntwo\r\nthree'],
    ];
    for (const [before, after] of cases) {
      const patch = snapPatchToLineBreaks(before, diffText(before, after));
      expect(applyPatch(before, patch)).toBe(after);
      for (const offset of [patch.from, patch.to]) {
        expect(before[offset - 1] === '\r' && before[offset] === '\n', `${JSON.stringify(before)} at ${offset}`).toBe(false);
      }
    }
  });

  it('picks CRLF only when every line break is one', () => {
    expect(lineEndingOf('a\r\nb\r\n')).toBe('\r\n');
    expect(lineEndingOf('a\nb\r\n')).toBe('\n');
    expect(lineEndingOf('a')).toBe('\n');
  });
});
