/**
 * One layer for every edge label. React Flow's `<EdgeLabelRenderer>` subscribes each
 * edge to the flow's store and looks its target element up with `querySelector` on
 * every store update: with a hundred edges that was a third of a keystroke's time on the
 * stress pod. Here the canvas renders one `<EdgeLabelRenderer>` holding this layer, and
 * each label is a plain portal into it.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { EdgeLabelRenderer } from '@xyflow/react';

export const EdgeLabelLayerContext = createContext<HTMLElement | null>(null);

/** The layer itself, a child of `<ReactFlow>`; `onLayer` receives its element for the context. */
export function EdgeLabelLayer({ onLayer }: { readonly onLayer: (element: HTMLDivElement | null) => void }) {
  return (
    <EdgeLabelRenderer>
      <div className="edge-label-layer" ref={onLayer} />
    </EdgeLabelRenderer>
  );
}

/** An edge's label, drawn over the edges in the flow's coordinates (once the layer is there). */
export function EdgeLabel({ children }: { readonly children: ReactNode }) {
  const layer = useContext(EdgeLabelLayerContext);
  return layer ? createPortal(children, layer) : null;
}
