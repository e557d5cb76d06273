import { usePodsmith } from '../store/store';
import type { Format } from './exportDiagram';

/**
 * "Export SVG" and "Export PNG": the pod on the diagram, as a picture for docs and reviews.
 * The drawing (the diagram's layout and the SVG writer) loads on the first click, so the
 * toolbar keeps the first load small (e2e/bundle.spec.ts).
 */
export function ExportButtons() {
  const hasPod = usePodsmith((s) => s.pod !== undefined);
  return (
    <>
      <button type="button" aria-disabled={!hasPod} onClick={() => void exportAs('svg')} title="Download the diagram as an SVG picture">
        Export SVG
      </button>
      <button type="button" aria-disabled={!hasPod} onClick={() => void exportAs('png')} title="Download the diagram as a PNG picture">
        Export PNG
      </button>
    </>
  );
}

async function exportAs(format: Format): Promise<void> {
  const { exportDiagram } = await import('./exportDiagram');
  await exportDiagram(format);
}
