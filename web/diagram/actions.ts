/**
 * What nodes and edges may ask the canvas to do. The canvas provides it, so a delete
 * button and the Delete key go through one path (removalEdit → dispatch).
 */
import { createContext, useContext } from 'react';

export interface DiagramActions {
  /** Delete the node or edge with this id, as one Edit; false when there is nothing to delete or the edit was refused. */
  remove(id: string): boolean;
}

export const DiagramActionsContext = createContext<DiagramActions>({ remove: () => false });

export function useDiagramActions(): DiagramActions {
  return useContext(DiagramActionsContext);
}
