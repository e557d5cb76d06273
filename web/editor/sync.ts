/**
 * Monaco ↔ store, one direction at a time:
 * - the user types → `typeText(model.getValue())`: the store derives after the frame
 *   that paints the character;
 * - the text changed elsewhere (a diagram edit, an import, "New") → the change's own
 *   patch (the store's `lastChange`: an Edit's patch is not computed again) as one edit
 *   of the model with `pushEditOperations` (never `setValue`), so the cursor, the
 *   selection, the scroll position and Monaco's undo stack survive;
 * - parse problems → markers (owner `podsmith-parse`) at their exact range, and the
 *   linter's findings → markers (owner `podsmith`) at theirs; monaco-yaml's copies of
 *   the YAML syntax errors are dropped (markers.ts);
 * - the selection ↔ the cursor: a click in the text selects that container or volume,
 *   and a selection made in the diagram is highlighted (and revealed) in the text.
 */
import { diffText, lineColumnOf, rangeOf, type ParsedManifest, type TextPatch } from '@podsmith/manifest';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { editor as MonacoEditorNS, IDisposable } from 'monaco-editor';
import type { PodsmithState, TextChange } from '../store/store';
import { pathOfSelection } from '../store/cursor';
import type { monaco as MonacoNamespace } from './monaco';
import { LINT_MARKER_OWNER, lintMarkers, sameMarkers, withoutYamlSyntaxErrors, YAML_OWNER } from './markers';

type Monaco = typeof MonacoNamespace;
type CodeEditor = MonacoEditorNS.IStandaloneCodeEditor;
type TextModel = MonacoEditorNS.ITextModel;
type Store = UseBoundStore<StoreApi<PodsmithState>>;

export const PARSE_MARKER_OWNER = 'podsmith-parse';

/**
 * Widen a patch so it never splits a `\r\n` pair (Monaco cannot place a position
 * between the two). `before` is the text the patch applies to.
 */
export function snapPatchToLineBreaks(before: string, patch: TextPatch): TextPatch {
  let { from, to, insert } = patch;
  if (from > 0 && before[from - 1] === '\r' && before[from] === '\n') {
    from -= 1;
    insert = '\r' + insert;
  }
  if (to > 0 && to < before.length && before[to - 1] === '\r' && before[to] === '\n') {
    to += 1;
    insert += '\n';
  }
  return { from, to, insert };
}

/** The line ending Monaco should use for a text: CRLF only when every line break is one. */
export function lineEndingOf(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  if (crlf === 0) return '\n';
  const lf = text.split('\n').length - 1;
  return crlf === lf ? '\r\n' : '\n';
}

/**
 * Apply `text` to the model as one undoable edit: `change`'s patch when the model holds
 * the text it was made for, else the difference (a model out of step: a leftover of an
 * earlier mount). Returns whether the model changed.
 */
export function applyTextToModel(monaco: Monaco, editor: CodeEditor, model: TextModel, text: string, change?: TextChange): boolean {
  if (model.getValue() === text) return false;
  const eol = lineEndingOf(text);
  if (model.getEOL() !== eol) {
    model.pushEOL(eol === '\r\n' ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF);
  }
  const current = model.getValue();
  if (current === text) return true;
  const patch = snapPatchToLineBreaks(current, change?.before === current ? change.patch : diffText(current, text));
  const range = monaco.Range.fromPositions(model.getPositionAt(patch.from), model.getPositionAt(patch.to));
  model.pushStackElement();
  model.pushEditOperations(editor.getSelections(), [{ range, text: patch.insert }], () => null);
  model.pushStackElement();
  return true;
}

/**
 * Line and column of an offset into `text`: from the model when it holds that text
 * (Monaco counts a CRLF as one line break), else computed from the text.
 */
function positionIn(model: TextModel, text: string): (offset: number) => { line: number; column: number } {
  if (model.getValue() !== text) return (offset) => lineColumnOf(text, offset);
  return (offset) => {
    const p = model.getPositionAt(offset);
    return { line: p.lineNumber, column: p.column };
  };
}

/** Parse problems as Monaco markers. Offsets are into `parsed.text`; `model` must hold that text. */
export function parseMarkers(monaco: Monaco, model: TextModel, parsed: ParsedManifest): MonacoEditorNS.IMarkerData[] {
  const position = positionIn(model, parsed.text);
  return parsed.problems.map((problem) => {
    const start = position(problem.range.from);
    const end = position(problem.range.to);
    return {
      severity: problem.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      message: problem.message,
      source: 'Podsmith',
      code: problem.code,
      startLineNumber: start.line,
      startColumn: start.column,
      endLineNumber: end.line,
      endColumn: end.column,
    };
  });
}

/** Wire one editor to the store for as long as the editor lives. */
export function bindEditorToStore(monaco: Monaco, editor: CodeEditor, store: Store): IDisposable {
  const model = editor.getModel();
  if (!model) return { dispose() {} };
  // Which way a change is going: into the model (the store changed) or out of it (typing).
  let applying = false;
  let typing = false;
  const highlight = editor.createDecorationsCollection();

  const syncText = (text: string, change?: TextChange) => {
    applying = true;
    try {
      applyTextToModel(monaco, editor, model, text, change);
    } finally {
      applying = false;
    }
  };

  // Setting the same markers again (none, on most keystrokes) would redraw the decorations.
  const syncMarkers = (parsed: ParsedManifest) => {
    const markers = parseMarkers(monaco, model, parsed);
    if (!sameMarkers(monaco.editor.getModelMarkers({ owner: PARSE_MARKER_OWNER, resource: model.uri }), markers)) {
      monaco.editor.setModelMarkers(model, PARSE_MARKER_OWNER, markers);
    }
  };

  // The findings are about the text they were linted from. While the text is broken (or
  // newer: typed since) they stay where they were (Monaco moves markers along with the
  // edits), greyed with the diagram.
  const syncLintMarkers = (state: PodsmithState) => {
    if (!state.lint) monaco.editor.setModelMarkers(model, LINT_MARKER_OWNER, []);
    else if (model.getValue() === state.linted.text) {
      const markers = lintMarkers(state.lint.findings, positionIn(model, state.linted.text), monaco.MarkerSeverity);
      if (!sameMarkers(monaco.editor.getModelMarkers({ owner: LINT_MARKER_OWNER, resource: model.uri }), markers)) {
        monaco.editor.setModelMarkers(model, LINT_MARKER_OWNER, markers);
      }
    }
  };

  const syncSelection = (state: PodsmithState, reveal: boolean) => {
    const path = state.stale || state.parsed !== state.lastGood ? undefined : pathOfSelection(state.pod, state.selection);
    const range = path && state.pod ? rangeOf(state.parsed, state.pod.ref.documentIndex, path) : undefined;
    if (!range || model.getValue() !== state.parsed.text) {
      highlight.clear();
      return;
    }
    const start = model.getPositionAt(range.from);
    const end = model.getPositionAt(range.to);
    // A block node's range ends after its last line break: the highlight stops on the line before.
    const endLine = end.column === 1 && end.lineNumber > start.lineNumber ? end.lineNumber - 1 : end.lineNumber;
    const monacoRange = new monaco.Range(start.lineNumber, start.column, endLine, model.getLineMaxColumn(endLine));
    // Typing inside the selection: Monaco has already stretched the highlight over the
    // same lines. Setting it again would redraw the decorations on every keystroke.
    const shown = highlight.getRange(0);
    if (shown?.startLineNumber !== start.lineNumber || shown.endLineNumber !== endLine) {
      highlight.set([
        {
          range: monacoRange,
          options: {
            isWholeLine: true,
            className: 'podsmith-selected-line',
            linesDecorationsClassName: 'podsmith-selected-gutter',
            overviewRuler: { color: '#1d4ed8', position: monaco.editor.OverviewRulerLane.Left },
          },
        },
      ]);
    }
    if (reveal) editor.revealRangeInCenterIfOutsideViewport(monacoRange, monaco.editor.ScrollType.Smooth);
  };

  // Start from the store's text (the model may be a leftover of an earlier mount).
  const initial = store.getState();
  syncText(initial.text);
  syncMarkers(initial.parsed);
  syncLintMarkers(initial);
  syncSelection(initial, false);

  const disposables: IDisposable[] = [
    model.onDidChangeContent(() => {
      if (applying) return;
      typing = true;
      try {
        store.getState().typeText(model.getValue());
      } finally {
        typing = false;
      }
    }),
    editor.onDidChangeCursorPosition((event) => {
      if (applying || event.reason !== monaco.editor.CursorChangeReason.Explicit) return;
      if (event.source !== 'mouse' && event.source !== 'keyboard') return;
      store.getState().selectAtOffset(model.getOffsetAt(event.position));
    }),
    monaco.editor.onDidChangeMarkers((resources) => {
      if (!resources.some((uri) => uri.toString() === model.uri.toString())) return;
      const kept = withoutYamlSyntaxErrors(monaco.editor.getModelMarkers({ owner: YAML_OWNER, resource: model.uri }), monaco.MarkerSeverity.Error);
      if (kept) monaco.editor.setModelMarkers(model, YAML_OWNER, kept);
    }),
  ];

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.text !== previous.text && !typing) syncText(state.text, state.lastChange);
    if (state.parsed !== previous.parsed) syncMarkers(state.parsed);
    if (state.lint !== previous.lint) syncLintMarkers(state);
    const reveal = state.reveal !== previous.reveal ? state.reveal : undefined;
    if (state.selection !== previous.selection || state.parsed !== previous.parsed) {
      // A reveal in the same update (a finding was clicked) is what the editor scrolls to.
      syncSelection(state, !reveal && state.selection !== previous.selection && state.selectionOrigin !== 'editor');
    }
    if (reveal) {
      const { offset, to, focus } = reveal;
      const range = monaco.Range.fromPositions(model.getPositionAt(offset), model.getPositionAt(to ?? offset));
      editor.setSelection(range);
      editor.revealRangeInCenterIfOutsideViewport(range);
      if (focus) editor.focus();
    }
  });

  return {
    dispose() {
      unsubscribe();
      for (const d of disposables) d.dispose();
      highlight.clear();
      if (!model.isDisposed()) {
        monaco.editor.setModelMarkers(model, PARSE_MARKER_OWNER, []);
        monaco.editor.setModelMarkers(model, LINT_MARKER_OWNER, []);
      }
    },
  };
}
