/** Open, download and copy: the DOM side of the toolbar. The checks themselves are in store/importing.ts. */
import { MAX_IMPORT_BYTES, refuseLargeFile } from '../store/importing';
import { usePodsmith } from '../store/store';

/** Read a file the user chose or dropped, and load it (or say why not). A file over 5 MB is not even read. */
export async function openFile(file: File): Promise<boolean> {
  const { importBytes, showMessage } = usePodsmith.getState();
  if (file.size > MAX_IMPORT_BYTES) {
    showMessage(refuseLargeFile(file.size, file.name).message);
    return false;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    showMessage({ tone: 'error', text: `“${file.name}” could not be read. Nothing was loaded; your text is unchanged.` });
    return false;
  }
  return importBytes(bytes, file.name);
}

/** Save `text` exactly, byte for byte (UTF-8), under `name`. */
export function downloadText(text: string, name: string, doc: Document = document): void {
  downloadBlob(new Blob([text], { type: 'application/yaml' }), name, doc);
}

/** Save a file the app made (the YAML, an exported image) under `name`. */
export function downloadBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the download started; give it time, then free the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
