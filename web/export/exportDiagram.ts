import { usePodsmith } from '../store/store';
import { downloadName } from '../store/importing';
import { injectedOf } from '../store/injected';
import { layoutPod } from '../diagram/layout';
import { downloadBlob } from '../app/fileActions';
import { diagramSvg } from './diagramSvg';
import { svgToPng } from './png';

export type Format = 'svg' | 'png';

/** Draw the pod on the diagram and download it as `format`; says why when it cannot. */
export async function exportDiagram(format: Format): Promise<void> {
  const { pod, lastGood, k8sVersion, showMessage } = usePodsmith.getState();
  if (!pod) {
    showMessage({ tone: 'error', text: 'There is no pod on the diagram to export.' });
    return;
  }
  const svg = diagramSvg(layoutPod(pod, injectedOf(pod, k8sVersion)));
  const name = downloadName(lastGood, pod.workload.name).replace(/\.(ya?ml|json)$/i, '') + `.${format}`;
  try {
    downloadBlob(format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg), name);
  } catch (error) {
    showMessage({ tone: 'error', text: `The picture could not be made: ${error instanceof Error ? error.message : String(error)}` });
  }
}
