import { lazy, Suspense } from 'react';
import { Diagram } from '../diagram/Diagram';
import { Palette } from '../palette/Palette';
import { Inspector } from '../inspector/Inspector';

const Editor = lazy(() => import('../editor/Editor'));

/** The shell: toolbar on top, palette | diagram | inspector | editor below. */
export function App() {
  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label="Manifest">
        <h1>Podsmith</h1>
      </header>
      <main className="workspace">
        <Palette />
        <Diagram />
        <Inspector />
        <section className="editor-pane nokey" aria-label="YAML editor">
          <Suspense fallback={<p className="loading">Loading the editor…</p>}>
            <Editor />
          </Suspense>
        </section>
      </main>
    </div>
  );
}
