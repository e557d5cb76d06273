import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { MountAnswer, MountRequest } from './edits';
import { displayName } from './labels';
import { defaultMountPath, mountPathError } from './mountPath';

interface Props {
  readonly request: MountRequest;
  readonly onConfirm: (answer: MountAnswer) => void;
  readonly onCancel: () => void;
}

/**
 * Where to mount a volume, asked after a container's handle is dropped on it (or M is
 * pressed on the container: then which volume too). A modal <dialog>: the browser keeps
 * focus inside and turns Escape into `cancel`; Enter submits the form.
 */
export function MountDialog({ request, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const container = request.container.container;
  const [volume, setVolume] = useState(request.volume);
  const [path, setPath] = useState(() => defaultMountPath(request.volume, container));
  const [readOnly, setReadOnly] = useState(false);
  const [touched, setTouched] = useState(false);
  const error = mountPathError(path, container);
  const ids = { title: useId(), volume: useId(), path: useId(), error: useId() };

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    // By the time this runs the dialog is out of the document, where closing it no longer
    // gives the focus back: give it back to the opener (the container node) unless it went elsewhere.
    return () => {
      dialog?.close();
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (error === undefined) onConfirm({ volume, mountPath: path, readOnly });
  };

  const showError = touched && error !== undefined;
  return (
    <dialog
      ref={ref}
      className="mount-dialog"
      aria-labelledby={ids.title}
      onCancel={(event) => {
        // Close through React state, so the dialog and the state never disagree.
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={ids.title}>
          Mount {request.choices.length > 1 ? 'a volume' : displayName(volume)} into {displayName(container.name)}
        </h2>
        {request.choices.length > 1 && (
          <>
            <label htmlFor={ids.volume}>Volume</label>
            <select
              id={ids.volume}
              value={volume}
              autoFocus
              onChange={(event) => {
                setVolume(event.target.value);
                // The proposed path follows the volume until the user has typed one.
                if (!touched) setPath(defaultMountPath(event.target.value, container));
              }}
            >
              {request.choices.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={ids.path}>Mount path</label>
        <input
          id={ids.path}
          type="text"
          value={path}
          autoFocus={request.choices.length <= 1}
          spellCheck={false}
          aria-invalid={showError}
          aria-describedby={showError ? ids.error : undefined}
          onChange={(event) => {
            setPath(event.target.value);
            setTouched(true);
          }}
        />
        {showError && (
          <p id={ids.error} className="mount-dialog__error" role="alert">
            {error}
          </p>
        )}
        <label className="mount-dialog__check">
          <input type="checkbox" checked={readOnly} onChange={(event) => setReadOnly(event.target.checked)} /> Read-only
        </label>
        <div className="mount-dialog__buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit">Mount</button>
        </div>
      </form>
    </dialog>
  );
}
