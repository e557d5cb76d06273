import { useRef, useState, type ReactNode } from 'react';
import type { Edit } from '@podsmith/manifest';
import { useApplyEdit } from './useApplyEdit';

/**
 * Adding and removing rows (ports, mounts), with the keyboard kept in place: a new row's
 * `added` index tells it to take the focus; after a removal the Add button gets it, as
 * the removed row's button is gone.
 */
export function useRows(count: number) {
  const apply = useApplyEdit();
  const [added, setAdded] = useState<number | undefined>(undefined);
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const addButton = useRef<HTMLButtonElement>(null);
  return {
    added,
    refusal,
    addButton,
    add(edit: Edit) {
      const reason = apply(edit);
      setRefusal(reason);
      setAdded(reason === undefined ? count : undefined);
    },
    remove(edit: Edit) {
      const reason = apply(edit);
      setRefusal(reason);
      if (reason === undefined) addButton.current?.focus();
    },
  };
}

/** Why an edit was refused, in text, announced when it appears. */
export function Refusal({ id, children }: { readonly id?: string; readonly children: ReactNode }) {
  return (
    <p id={id} className="field-error" role="alert">
      {children}
    </p>
  );
}
