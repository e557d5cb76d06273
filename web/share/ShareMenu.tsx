import { usePodsmith } from '../store/store';
import { MenuButton } from '../app/menu/MenuButton';
import { copyShareLink } from './copyShareLink';

/**
 * "Share": a link that holds the manifest, and the diagram as a picture (SVG or PNG) for
 * docs and reviews. The drawing (the diagram's layout and the SVG writer) loads on the
 * first export, so the toolbar keeps the first load small (e2e/bundle.spec.ts).
 */
export function ShareMenu() {
  const noPod = usePodsmith((s) => s.pod === undefined);
  return (
    <MenuButton
      label="Share"
      commands={[
        { label: 'Copy share link', run: () => void copyShareLink(), title: 'A link that holds the whole manifest, compressed; nothing is uploaded' },
        { label: 'Export SVG', run: () => void exportAs('svg'), unavailable: noPod, groupStart: true, title: 'Download the diagram as an SVG picture' },
        { label: 'Export PNG', run: () => void exportAs('png'), unavailable: noPod, title: 'Download the diagram as a PNG picture' },
      ]}
    />
  );
}

async function exportAs(format: 'svg' | 'png'): Promise<void> {
  const { exportDiagram } = await import('../export/exportDiagram');
  await exportDiagram(format);
}
