import { useCallback, useEffect, useState } from 'react';
import { loadSavedPaneSizes, savePaneSizes } from '../../store/persistence';
import { initialPaneSizes, paneSizesFrom, resizePane, type Pane, type PaneSizes } from './paneSizes';

/** The pane sizes: restored from the last visit, saved whenever a divider moves. */
export function usePaneSizes(): readonly [PaneSizes, (pane: Pane, size: number) => void] {
  const [sizes, setSizes] = useState(() => paneSizesFrom(loadSavedPaneSizes(), initialPaneSizes({ width: window.innerWidth, height: window.innerHeight })));
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (moved) savePaneSizes(JSON.stringify(sizes));
  }, [moved, sizes]);
  const resize = useCallback((pane: Pane, size: number) => {
    setMoved(true);
    setSizes((current) => resizePane(current, pane, size));
  }, []);
  return [sizes, resize] as const;
}
