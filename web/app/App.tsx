import { lazy, Suspense } from 'react';
import { canvasLoaded, Diagram } from '../diagram/Diagram';
import { Palette } from '../palette/Palette';
import { Inspector } from '../inspector/Inspector';
import { FindingsPanel } from '../findings/FindingsPanel';
import { Toolbar } from './Toolbar';
import { StatusArea } from './StatusArea';
import { useFileDrop } from './useFileDrop';

// Monaco is big: it arrives in its own chunk, asked for once the diagram's has arrived.
const Editor = lazy(() => canvasLoaded.then(() => import('../editor/Editor')));

/** The shell: toolbar and messages on top; palette | diagram over findings | inspector | editor below. */
export function App() {
  const dragging = useFileDrop();
  return (
    <div className="app">
      <Toolbar />
      <StatusArea />
      <main className="workspace">
        <Palette />
        <div className="diagram-column">
          <Diagram />
          <FindingsPanel />
        </div>
        <Inspector />
        {/* `nokey`: React Flow's opt-out, or it swallows the spaces typed into Monaco. */}
        <section className="editor-pane nokey" aria-label="YAML editor">
          <Suspense fallback={<p className="loading">Loading the editor…</p>}>
            <Editor />
          </Suspense>
        </section>
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a YAML file to open it</p>
        </div>
      )}
    </div>
  );
}
