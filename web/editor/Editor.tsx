/**
 * The YAML editor: Monaco with monaco-yaml and the Kubernetes schema, bundled (no CDN).
 * Loaded lazily (React.lazy in App), so the diagram paints before Monaco arrives.
 * The default export is the component.
 */
import { useCallback, useRef, useState } from 'react';
import { Editor as MonacoEditor, type OnMount } from '@monaco-editor/react';
import { monaco, MODEL_URI } from './monaco';
import { applyTextToModel, bindEditorToStore } from './sync';
import { usePodsmith } from '../store/store';
import { registerEditor } from '../app/testHook';
import { registerHistory } from './history';
import { bindTabFocus, type TabFocusBinding } from './tabFocus';
import { useTheme } from '../app/theme/useTheme';
import { monacoThemeOf } from '../app/theme/theme';
import './editor.css';

const OPTIONS = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 13,
  tabSize: 2,
  insertSpaces: true,
  scrollBeyondLastLine: false,
  renderWhitespace: 'selection',
  // Not 'dimmed': the last line's number would fall below the contrast WCAG asks for.
  renderFinalNewline: 'on',
  fixedOverflowWidgets: true,
  ariaLabel: 'Manifest YAML. Press Escape then Tab to leave the editor, or Ctrl+M to make Tab move the focus.',
  // Keys are suggested as you type; values on Ctrl+Space. Suggesting values on every
  // keystroke sent the whole file to the schema worker each time (on the stress manifest
  // keystroke → diagram p95 went from 82 to 54 ms without it; npm run bench).
  quickSuggestions: { other: true, comments: false, strings: false },
  wordBasedSuggestions: 'off',
  'semanticHighlighting.enabled': false,
  // Per-keystroke work that buys little in YAML, where brackets are rare: without it a
  // keystroke's frame is a few milliseconds shorter (npm run bench).
  bracketPairColorization: { enabled: false },
  guides: { bracketPairs: false, indentation: true },
  matchBrackets: 'never',
  stickyScroll: { enabled: false },
  lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.Off },
} satisfies import('monaco-editor').editor.IStandaloneEditorConstructionOptions;

const onMount: OnMount = (editor) => {
  const binding = bindEditorToStore(monaco, editor, usePodsmith);
  let detached = false;
  const unregister = registerEditor({
    text: () => editor.getModel()?.getValue(),
    revealLineEnd(line) {
      const model = editor.getModel();
      if (!model) return;
      const lineNumber = Math.min(Math.max(1, line), model.getLineCount());
      const position = { lineNumber, column: model.getLineMaxColumn(lineNumber) };
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
    },
    detach() {
      binding.dispose();
      detached = true;
    },
    setTextDetached(text) {
      const model = editor.getModel();
      if (!detached || !model) return false;
      applyTextToModel(monaco, editor, model, text);
      return true;
    },
  });
  const unregisterHistory = registerHistory({
    undo: () => editor.trigger('podsmith', 'undo', null),
    redo: () => editor.trigger('podsmith', 'redo', null),
    canUndo: () => editor.getModel()?.canUndo() ?? false,
    canRedo: () => editor.getModel()?.canRedo() ?? false,
    subscribe(listener) {
      const subscription = editor.onDidChangeModelContent(listener);
      return () => subscription.dispose();
    },
  });
  editor.onDidDispose(() => {
    binding.dispose();
    unregister();
    unregisterHistory();
  });
};

export default function Editor() {
  const theme = useTheme((s) => monacoThemeOf(s.theme));
  const [tabMovesFocus, setTabMovesFocus] = useState(false);
  const tabFocus = useRef<TabFocusBinding | null>(null);
  const mount = useCallback<OnMount>((editor, m) => {
    onMount(editor, m);
    const binding = bindTabFocus(monaco, editor, setTabMovesFocus);
    tabFocus.current = binding;
    editor.onDidDispose(() => {
      binding.dispose();
      tabFocus.current = null;
    });
  }, []);
  return (
    <div className="editor-host" data-testid="editor">
      <MonacoEditor
        path={MODEL_URI}
        defaultLanguage="yaml"
        defaultValue={usePodsmith.getState().text}
        theme={theme}
        options={OPTIONS}
        onMount={mount}
        loading={<p className="loading">Loading the editor…</p>}
      />
      <p className="editor-footer">
        <button
          type="button"
          aria-pressed={tabMovesFocus}
          aria-keyshortcuts="Control+M"
          title="When on, Tab moves the focus out of the editor instead of indenting (Ctrl+M)"
          onClick={() => tabFocus.current?.toggle()}
        >
          Tab moves focus
        </button>
        <span data-testid="tab-mode" aria-live="polite">{tabMovesFocus ? 'Tab leaves the editor' : 'Tab indents · Esc, Tab leaves'}</span>
      </p>
    </div>
  );
}
