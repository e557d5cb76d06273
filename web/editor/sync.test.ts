import { describe, expect, it } from 'vitest';
import { applyPatch, diffText } from '@podsmith/manifest';
import { applyTextToModel, lineEndingOf, snapPatchToLineBreaks } from './sync';

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

describe('parse problems as markers', () => {
  it('sit at the exact range of the problem, as 1-based lines and columns', async () => {
    const { parseManifest, lineColumnOf } = await import('@podsmith/manifest');
    const { parseMarkers } = await import('./sync');
    const text = 'apiVersion: v1\nkind: Pod: x\nmetadata:\n  name: web\n';
    const parsed = parseManifest(text);
    const model = {
      getValue: () => text,
      getPositionAt: (offset: number) => {
        const { line, column } = lineColumnOf(text, offset);
        return { lineNumber: line, column };
      },
    };
    const monaco = { MarkerSeverity: { Error: 8, Warning: 4 } };
    const markers = parseMarkers(monaco as never, model as never, parsed);
    expect(markers.length).toBeGreaterThan(0);
    const first = markers[0]!;
    const problem = parsed.problems[0]!;
    expect(first).toMatchObject({ severity: 8, source: 'Podsmith', code: problem.code, message: problem.message });
    expect({ line: first.startLineNumber, column: first.startColumn }).toEqual(lineColumnOf(text, problem.range.from));
    expect({ line: first.endLineNumber, column: first.endColumn }).toEqual(lineColumnOf(text, problem.range.to));
    expect(first.startLineNumber).toBe(2);
  });
});

describe('a change reaches the model as its own patch', () => {
  /** A model of Monaco's that records its edits (offsets stand for positions). */
  function fakeModel(initial: string) {
    let value = initial;
    const edits: { from: number; to: number; text: string }[] = [];
    const model = {
      getValue: () => value,
      getEOL: () => '\n',
      getPositionAt: (offset: number) => offset,
      pushStackElement() {},
      pushEditOperations(_selections: unknown, operations: { range: { from: number; to: number }; text: string }[]) {
        for (const { range, text } of operations) {
          edits.push({ from: range.from, to: range.to, text });
          value = value.slice(0, range.from) + text + value.slice(range.to);
        }
        return null;
      },
    };
    return { model, edits };
  }
  const monaco = { Range: { fromPositions: (from: number, to: number) => ({ from, to }) }, editor: { EndOfLineSequence: { LF: 0, CRLF: 1 } } };
  const editor = { getSelections: () => null };

  // A second `- x` line: the difference of the texts would put it after the first line, the edit put it before.
  const before = 'list:\n- x\n';
  const after = 'list:\n- x\n- x\n';
  const patch = { from: 6, to: 6, insert: '- x\n' };

  it("uses the change's patch when the model holds the text it was made for, without diffing again", () => {
    expect(diffText(before, after)).not.toEqual(patch);
    const { model, edits } = fakeModel(before);
    expect(applyTextToModel(monaco as never, editor as never, model as never, after, { before, patch })).toBe(true);
    expect(edits).toEqual([{ from: 6, to: 6, text: '- x\n' }]);
    expect(model.getValue()).toBe(after);
  });

  it('diffs a model out of step (a leftover of an earlier mount)', () => {
    const { model, edits } = fakeModel('list:\n');
    applyTextToModel(monaco as never, editor as never, model as never, after, { before, patch });
    expect(model.getValue()).toBe(after);
    expect(edits).toEqual([{ from: 6, to: 6, text: '- x\n- x\n' }]);
  });
});
