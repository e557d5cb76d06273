/** The mount dialog's rules, as pure functions. */
import type { ContainerView } from '@podsmith/manifest';

/** `/mnt/<volume>`, or `/mnt/<volume>-2` when the container already mounts something there. */
export function defaultMountPath(volume: string, container: ContainerView): string {
  const taken = new Set(container.mounts.map((m) => m.mountPath));
  const base = `/mnt/${volume}`;
  let path = base;
  for (let n = 2; taken.has(path); n++) path = `${base}-${n}`;
  return path;
}

/**
 * Why `path` cannot be this container's new mountPath, or undefined. The first and
 * last checks are the API server's (with its wording); a relative path passes the API
 * but fails when the container starts, so it is refused here, where it is cheap.
 */
export function mountPathError(path: string, container: ContainerView): string | undefined {
  if (path === '') return 'Required value';
  if (!path.startsWith('/')) return 'must be an absolute path, starting with /';
  if (container.mounts.some((m) => m.mountPath === path)) return `must be unique: ${container.name} already mounts a volume at ${path}`;
  return undefined;
}
