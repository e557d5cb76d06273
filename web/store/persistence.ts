/** Autosave: the text is kept in localStorage on every change, restored on reload. */
const KEY = 'podsmith.manifest.v1';

export function loadSavedText(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string | undefined {
  try {
    return storage?.getItem(KEY) ?? undefined;
  } catch {
    return undefined; // storage disabled (private mode): start from the example
  }
}

export function saveText(text: string, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, text);
  } catch {
    // Quota exceeded or storage disabled: the editor still holds the text.
  }
}
