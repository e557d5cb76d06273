/**
 * Autosave: the text is kept in localStorage on every change, and the target
 * Kubernetes version whenever it is chosen; both are restored on reload.
 */
const KEY = 'podsmith.manifest.v1';
const VERSION_KEY = 'podsmith.k8sVersion.v1';

type Reader = Pick<Storage, 'getItem'> | undefined;
type Writer = Pick<Storage, 'setItem'> | undefined;

function read(key: string, storage: Reader): string | undefined {
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined; // storage disabled (private mode): start from the defaults
  }
}

function write(key: string, value: string, storage: Writer): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Quota exceeded or storage disabled: the app still holds the value.
  }
}

export function loadSavedText(storage: Reader = globalThis.localStorage): string | undefined {
  return read(KEY, storage);
}

export function saveText(text: string, storage: Writer = globalThis.localStorage): void {
  write(KEY, text, storage);
}

/** The saved target version, if it is one of `supported` (an old or edited value is ignored). */
export function loadSavedVersion<V extends string>(supported: readonly V[], storage: Reader = globalThis.localStorage): V | undefined {
  const saved = read(VERSION_KEY, storage);
  return supported.find((v) => v === saved);
}

export function saveVersion(version: string, storage: Writer = globalThis.localStorage): void {
  write(VERSION_KEY, version, storage);
}
