import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './diagram.css';
import { usePodsmith } from '../store/store';
import { Canvas } from './Canvas';
import { StaleBanner } from './StaleBanner';
import { EditNotice } from './EditNotice';

/**
 * The pod diagram. While the YAML does not parse it shows the last good pod, greyed,
 * under a banner, and refuses edits (the store refuses them too).
 */
export function Diagram() {
  const pod = usePodsmith((s) => s.pod);
  const stale = usePodsmith((s) => s.stale);
  return (
    <section className={stale ? 'diagram diagram--stale' : 'diagram'} aria-label="Pod diagram">
      {stale && <StaleBanner />}
      <EditNotice />
      {pod ? (
        <ReactFlowProvider>
          <Canvas pod={pod} locked={stale} />
        </ReactFlowProvider>
      ) : (
        <p className="diagram__empty">
          No pod to draw yet. Write a Pod, or a Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob, in the YAML editor.
        </p>
      )}
    </section>
  );
}
