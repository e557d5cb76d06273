/**
 * relative-mount-path: a volumeMount whose mountPath is not absolute. The API server does
 * not check it (a check was proposed and dropped for Windows paths, kubernetes#48815);
 * what happens is up to the container runtime.
 */
import { label } from '@podsmith/lifecycle';
import { isWindows, writtenContainers } from '../pod-security';
import type { RawFinding, Rule } from '../types';

/** `C:\data`, `c:/data`, `\\server\share`: absolute on Windows nodes. */
const WINDOWS_ABSOLUTE = /^([a-zA-Z]:[\\/]|\\\\)/;

export const rule: Rule = {
  id: 'relative-mount-path',
  category: 'best-practice',
  // A warning, not info: the container may not start at all.
  severity: 'warning',
  docs: {
    summary: 'A volumeMount has a mountPath that is not an absolute path.',
    why: 'The API server accepts any non-empty mountPath, but the OCI runtime spec asks for absolute mount destinations. Depending on the runtime and its version the container fails to start (RunContainerError: "mount destination ... not absolute", kubernetes#48749) or the path is taken relative to the root of the container\'s file system, not to its working directory, so the volume ends up where nobody looks for it. It is reported as a warning rather than info because the first outcome stops the Pod.',
    fix: 'Write the mountPath as an absolute path: /data, not data.',
    link: 'https://github.com/kubernetes/kubernetes/issues/48749',
  },
  check(pod) {
    if (isWindows(pod)) return [];
    return writtenContainers(pod).flatMap((c) =>
      c.mounts.flatMap((m): RawFinding[] =>
        m.mountPath === '' || m.mountPath.startsWith('/') || WINDOWS_ABSOLUTE.test(m.mountPath)
          ? []
          : [{ path: [...m.path, 'mountPath'], container: c.name, message: `${label(c)} mounts volume "${m.volume}" at "${m.mountPath}", which is not an absolute path: depending on the container runtime the container does not start ("mount destination not absolute") or the volume appears at "/${m.mountPath}", whatever the working directory. Write "/${m.mountPath.replace(/^\.\//, '')}" or the absolute path you mean.` }],
      ),
    );
  },
};
