import { useCallback } from 'react';
import type { Edit } from '@podsmith/manifest';
import { usePodsmith } from '../store/store';

/** Dispatch an edit; returns why the store refused it (its notice), or undefined when applied. */
export function useApplyEdit(): (edit: Edit) => string | undefined {
  const dispatch = usePodsmith((s) => s.dispatch);
  return useCallback(
    (edit: Edit) => (dispatch(edit) ? undefined : `Not applied: ${usePodsmith.getState().notice ?? 'the edit was refused.'}`),
    [dispatch],
  );
}
