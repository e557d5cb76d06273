import { lazy, Suspense } from 'react';
import './diagram.css';
import { usePodsmith } from '../store/store';

// React Flow is big: the canvas is a chunk of its own, asked for as soon as the app starts.
const canvasChunk = import('./Canvas');
const DiagramCanvas = lazy(() => canvasChunk);

/** Settles once the canvas has arrived (or failed to): the editor and the linter load after it, so the diagram comes first. */
export const canvasLoaded: Promise<void> = canvasChunk.then(
  () => undefined,
  () => undefined,
);

/**
 * The pod diagram. While the YAML does not parse it shows the last good pod, greyed,
 * and refuses edits (the store refuses them too). The banner that says so, and the
 * notice of a refused edit, are the app shell's (web/app/StatusArea.tsx), above every pane.
 */
export function Diagram() {
  const pod = usePodsmith((s) => s.pod);
  const stale = usePodsmith((s) => s.stale);
  return (
    <section className={stale ? 'diagram diagram--stale' : 'diagram'} aria-label="Pod diagram">
      {pod ? (
        <Suspense fallback={<p className="diagram__empty">Drawing the diagram…</p>}>
          <DiagramCanvas pod={pod} locked={stale} />
        </Suspense>
      ) : (
        <p className="diagram__empty">
          No pod to draw yet. Write a Pod, or a Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob, in the YAML editor.
        </p>
      )}
    </section>
  );
}
