import { useRef, useState } from 'react';
import { usePodsmith } from '../store/store';
import { copyText, openFile } from './fileActions';
import { PasteDialog } from './PasteDialog';
import { ConfirmNewDialog } from './ConfirmNewDialog';
import { MenuButton, type MenuCommand } from './menu/MenuButton';
import { addWorkload, deleteWorkload } from '../workloads/actions';

/**
 * "File": start anew, open, paste and copy the manifest; add a workload to the file or
 * delete the one on the diagram. In a menu, so that the toolbar holds in one row at
 * 1280 px and the diagram keeps the height.
 */
export function FileMenu() {
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [confirmingNew, setConfirmingNew] = useState(false);
  const stale = usePodsmith((s) => s.stale);
  const canDelete = usePodsmith((s) => s.pod !== undefined && s.lastGood.documents.length > 1);

  const commands: MenuCommand[] = [
    { label: 'New…', run: () => setConfirmingNew(true), title: 'Start from the example or a blank pod (asks first)' },
    { label: 'Open file…', run: () => fileInput.current?.click() },
    { label: 'Paste…', run: () => setPasting(true) },
    { label: 'Copy YAML', run: () => void copyManifest(), title: 'Copy the whole manifest to the clipboard' },
    { label: 'Add workload', run: addWorkload, unavailable: stale, groupStart: true, title: 'Add a blank pod as a new document at the end of the file' },
    {
      label: 'Delete workload',
      run: deleteWorkload,
      unavailable: stale || !canDelete,
      title: 'Delete the document of the workload on the diagram (Undo brings it back)',
    },
  ];

  return (
    <>
      <MenuButton label="File" commands={commands} />
      <input
        ref={fileInput}
        className="visually-hidden"
        type="file"
        accept=".yaml,.yml,.json,text/yaml,application/yaml,application/x-yaml,text/plain"
        aria-label="Open a YAML file"
        tabIndex={-1}
        data-testid="open-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // choosing the same file again is a new import
          if (file) void openFile(file);
        }}
      />
      <PasteDialog open={pasting} onClose={() => setPasting(false)} />
      <ConfirmNewDialog open={confirmingNew} onClose={() => setConfirmingNew(false)} />
    </>
  );
}

async function copyManifest(): Promise<void> {
  const ok = await copyText(usePodsmith.getState().text);
  usePodsmith.getState().showMessage(
    ok
      ? { tone: 'info', text: 'Copied the YAML to the clipboard.' }
      : { tone: 'error', text: 'The browser did not allow copying. Select the text in the editor and press Ctrl+C.' },
  );
}
