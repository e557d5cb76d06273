import { lazy, Suspense, type CSSProperties } from 'react';
import { canvasLoaded, Diagram } from '../diagram/Diagram';
import { Palette } from '../palette/Palette';
import { Inspector } from '../inspector/LazyInspector';
import { Toolbar } from './Toolbar';
import { StatusArea } from './StatusArea';
import { BottomStrip } from './BottomStrip';
import { useFileDrop } from './useFileDrop';
import { PaneDivider } from './panes/PaneDivider';
import { usePaneSizes } from './panes/usePaneSizes';
import { useGalleryRoute } from '../gallery/navigation';
import { HelpDialog } from '../help/HelpDialog';
import { useHelpKey } from '../help/useHelpKey';
import '../help/help.css';
import { ShareArrival } from '../share/ShareArrival';

// Monaco is big: it arrives in its own chunk, asked for once the diagram's has arrived.
const Editor = lazy(() => canvasLoaded.then(() => import('../editor/Editor')));
// The pattern gallery, only when the URL asks for it (#gallery, #pattern/<id>).
const Gallery = lazy(() => import('../gallery/Gallery'));

/**
 * The shell: toolbar and messages on top; palette | diagram over findings and timeline | inspector |
 * editor below, with a divider beside each pane but the diagram, which takes the rest.
 */
export function App() {
  const dragging = useFileDrop();
  const [sizes, resize] = usePaneSizes();
  const galleryRoute = useGalleryRoute();
  useHelpKey();
  const paneSizes = {
    '--palette-width': `${sizes.palette}px`,
    '--inspector-width': `${sizes.inspector}px`,
    '--editor-width': `${sizes.editor}px`,
    '--findings-height': `${sizes.findings}px`,
  } as CSSProperties;
  return (
    <div className="app">
      <Toolbar />
      <StatusArea />
      <main className="workspace" style={paneSizes}>
        <Palette />
        <PaneDivider pane="palette" label="Resize the palette" size={sizes.palette} onResize={resize} />
        <div className="diagram-column">
          <Diagram />
          <PaneDivider pane="findings" label="Resize the findings and the timeline" size={sizes.findings} onResize={resize} />
          <BottomStrip />
        </div>
        <PaneDivider pane="inspector" label="Resize the inspector" size={sizes.inspector} onResize={resize} />
        <Inspector />
        <PaneDivider pane="editor" label="Resize the editor" size={sizes.editor} onResize={resize} />
        {/* `nokey`: React Flow's opt-out, or it swallows the spaces typed into Monaco. */}
        <section className="editor-pane nokey" aria-label="YAML editor">
          <Suspense fallback={<p className="loading">Loading the editor…</p>}>
            <Editor />
          </Suspense>
        </section>
      </main>
      {galleryRoute && (
        <Suspense fallback={null}>
          <Gallery route={galleryRoute} />
        </Suspense>
      )}
      <HelpDialog />
      <ShareArrival />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a YAML file to open it</p>
        </div>
      )}
    </div>
  );
}
