import { useCallback, useEffect, useState } from 'react';
import { loadSavedPaneSizes, savePaneSizes } from '../../store/persistence';
import { initialPaneSizes, paneSizesFrom, resizePane, type Pane, type PaneSizes } from './paneSizes';

/** The pane sizes: restored from the last visit, saved whenever a divider moves. */
export function usePaneSizes(): readonly [PaneSizes, (pane: Pane, size: number) => void] {
  const [restored] = useState(() => paneSizesFrom(loadSavedPaneSizes(), initialPaneSizes({ width: window.innerWidth, height: window.innerHeight })));
  const [sizes, setSizes] = useState(restored);
  // resizePane returns the same object for no change: other than `restored` means a divider moved.
  // Until then nothing is saved, so a first visit's sizes follow the window of the next.
  useEffect(() => {
    if (sizes !== restored) savePaneSizes(JSON.stringify(sizes));
  }, [sizes, restored]);
  const resize = useCallback((pane: Pane, size: number) => setSizes((current) => resizePane(current, pane, size)), []);
  return [sizes, resize] as const;
}
