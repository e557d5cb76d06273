import { createElement, useEffect, useState } from 'react';
import './diagram.css';
import { usePodsmith } from '../store/store';

type DiagramCanvas = typeof import('./Canvas').default;

// React Flow is big: the canvas is a chunk of its own, asked for as soon as the app starts.
let loadedCanvas: DiagramCanvas | undefined;
const canvasChunk = import('./Canvas').then((module) => (loadedCanvas = module.default));

/** Settles once the canvas has arrived (or failed to): the editor and the linter load after it, so the diagram comes first. */
export const canvasLoaded: Promise<void> = canvasChunk.then(
  () => undefined,
  () => undefined,
);

/**
 * Whether the canvas chunk is here. Not React.lazy: React holds back the content of a
 * Suspense boundary that has shown its fallback (by up to 300 ms), and the diagram is
 * what the user waits for.
 */
function useCanvasLoaded(): boolean {
  const [loaded, setLoaded] = useState(() => loadedCanvas !== undefined);
  useEffect(() => {
    if (!loaded) void canvasChunk.then(() => setLoaded(true));
  }, [loaded]);
  return loaded;
}

/** The canvas, drawn once useCanvasLoaded says its chunk is here. */
function LoadedCanvas(props: Parameters<DiagramCanvas>[0]) {
  return loadedCanvas ? createElement(loadedCanvas, props) : null;
}

/**
 * The pod diagram. While the YAML does not parse it shows the last good pod, greyed,
 * and refuses edits (the store refuses them too). The banner that says so, and the
 * notice of a refused edit, are the app shell's (web/app/StatusArea.tsx), above every pane.
 */
export function Diagram() {
  const pod = usePodsmith((s) => s.pod);
  const stale = usePodsmith((s) => s.stale);
  const canvasReady = useCanvasLoaded();
  return (
    <section className={stale ? 'diagram diagram--stale' : 'diagram'} aria-label="Pod diagram">
      {!pod ? (
        <p className="diagram__empty">
          No pod to draw yet. Write a Pod, or a Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob, in the YAML editor.
        </p>
      ) : canvasReady ? (
        <LoadedCanvas pod={pod} locked={stale} />
      ) : (
        <p className="diagram__empty">Drawing the diagram…</p>
      )}
    </section>
  );
}
